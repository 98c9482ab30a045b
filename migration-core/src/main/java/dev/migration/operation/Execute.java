package dev.migration.operation;

/**
 * Raw SQL, run as written: a statement of a SQL revision, or YAML's {@code execute}.
 *
 * @param sql one statement, without its terminating semicolon
 */
public record Execute(String sql) implements Operation {

	/** Drops a terminating semicolon: YAML, SQL files and Java all hand over the bare statement. */
	public Execute {
		String trimmed = sql.strip();
		sql = trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).stripTrailing() : sql;
	}

	@Override
	public String name() {
		return "execute";
	}

}
