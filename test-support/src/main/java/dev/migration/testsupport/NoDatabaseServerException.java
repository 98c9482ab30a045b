package dev.migration.testsupport;

/**
 * Thrown when a test class needs a database server and none can be found.
 */
final class NoDatabaseServerException extends RuntimeException {

	NoDatabaseServerException(String message) {
		super(message, null, false, false);
	}

}
