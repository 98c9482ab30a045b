package dev.migration.dialect;

import java.util.List;
import java.util.regex.Pattern;

import dev.migration.operation.Execute;
import dev.migration.operation.Operation;

/**
 * What the dialects share: raw SQL runs as written, other operations go to the dialect's
 * {@link #renderOperation(Operation)}.
 */
abstract class AbstractDialect implements Dialect {

	/** Leading comments and blank space before a statement's first keyword. */
	private static final Pattern LEADING_COMMENTS = Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*",
			Pattern.DOTALL);

	@Override
	public final List<String> render(Operation operation) {
		if (operation instanceof Execute execute) {
			return List.of(execute.sql());
		}
		return renderOperation(operation);
	}

	/**
	 * Renders an operation other than raw SQL.
	 * @param operation the operation
	 * @return the statements, without terminating semicolons
	 * @throws dev.migration.MigrationException when the operation cannot be written for this
	 * database, saying what to change
	 */
	protected abstract List<String> renderOperation(Operation operation);

	/**
	 * Returns the statement without leading comments and with its whitespace folded, upper-case,
	 * for recognizing what kind of statement it is.
	 * @param sql the statement
	 * @return the normalized statement
	 */
	protected static String normalized(String sql) {
		String stripped = LEADING_COMMENTS.matcher(sql).replaceFirst("");
		return stripped.replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
	}

	@Override
	public String toString() {
		return kind();
	}

}
