package dev.migration;

/**
 * Base of every error the engine reports to its user. Messages are written for the person who
 * reads them: what went wrong, where, and what to do.
 */
public class MigrationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MigrationException(String message) {
		super(message);
	}

	public MigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
