package dev.migration.runtime;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;

/**
 * A revision failed while it ran. Says which revision, where in its file, the statement, what the
 * database said, and in what state the database was left.
 */
public class MigrationFailedException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final String revision;

	private final @Nullable String source;

	private final int line;

	private final @Nullable String statement;

	private final @Nullable String sqlState;

	private final transient List<String> currentRows;

	MigrationFailedException(String message, String revision, @Nullable String source, int line,
			@Nullable String statement, @Nullable String sqlState, List<String> currentRows, @Nullable Throwable cause) {
		super(message, cause);
		this.revision = revision;
		this.source = source;
		this.line = line;
		this.statement = statement;
		this.sqlState = sqlState;
		this.currentRows = List.copyOf(currentRows);
	}

	/**
	 * Returns the id of the revision that failed.
	 * @return the revision id
	 */
	public String revision() {
		return this.revision;
	}

	/**
	 * Returns the revision's file.
	 * @return the file, if known
	 */
	public @Nullable String source() {
		return this.source;
	}

	/**
	 * Returns the line of the failing statement in the revision's file.
	 * @return the line, or 0 when unknown
	 */
	public int line() {
		return this.line;
	}

	/**
	 * Returns the statement that failed.
	 * @return the statement, if the failure came from one
	 */
	public @Nullable String statement() {
		return this.statement;
	}

	/**
	 * Returns the SQLState the database reported.
	 * @return the SQLState, if any
	 */
	public @Nullable String sqlState() {
		return this.sqlState;
	}

	/**
	 * Returns the rows of the version table after the failure: where the database is now.
	 * @return the rows
	 */
	public List<String> currentRows() {
		return this.currentRows;
	}

}
