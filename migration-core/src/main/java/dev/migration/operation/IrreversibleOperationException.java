package dev.migration.operation;

import dev.migration.MigrationException;

/**
 * An operation's inverse was asked for, and it has none.
 */
public class IrreversibleOperationException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	/**
	 * Creates the exception.
	 * @param reason why the operation has no inverse
	 */
	public IrreversibleOperationException(String reason) {
		super("The operation cannot be reversed: " + reason);
		this.reason = reason;
	}

	/**
	 * Returns why the operation has no inverse.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}
