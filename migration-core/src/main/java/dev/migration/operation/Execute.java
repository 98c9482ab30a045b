package dev.migration.operation;

/**
 * Raw SQL, run as written: a statement of a SQL revision, or YAML's {@code execute}.
 *
 * @param sql one statement, without its terminating semicolon
 */
public record Execute(String sql) implements Operation {

	@Override
	public String name() {
		return "execute";
	}

}
