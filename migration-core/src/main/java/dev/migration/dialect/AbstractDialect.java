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

	/** Names that must be quoted to be used as identifiers on one of the supported databases. */
	private static final java.util.Set<String> RESERVED = java.util.Set.of("all", "alter", "and", "any", "array", "as",
			"asc", "between", "both", "by", "case", "cast", "check", "column", "constraint", "create", "cross",
			"current_date", "current_time", "current_timestamp", "current_user", "day", "default", "delete", "desc",
			"distinct", "drop", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full",
			"grant", "group", "having", "hour", "if", "in", "index", "inner", "insert", "intersect", "interval", "into",
			"is", "join", "key", "leading", "left", "like", "limit", "minute", "month", "natural", "not", "null",
			"offset", "on", "or", "order", "outer", "primary", "qualify", "references", "regexp", "right", "row",
			"rownum", "rows", "second", "select", "session_user", "set", "some", "table", "then", "to", "trailing",
			"true", "union", "unique", "unknown", "update", "user", "using", "value", "values", "when", "where",
			"window", "with", "year");

	private static final Pattern BARE = Pattern.compile("[a-z_][a-z0-9_]*");

	@Override
	public final String quote(String identifier) {
		return (BARE.matcher(identifier).matches() && !RESERVED.contains(identifier)) ? identifier
				: quoteAlways(identifier);
	}

	/**
	 * Quotes an identifier whatever it is, doubling quote characters inside it.
	 * @param identifier the identifier
	 * @return the quoted identifier
	 */
	protected abstract String quoteAlways(String identifier);

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
