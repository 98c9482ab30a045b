package dev.migration.dialect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;
import dev.migration.operation.DialectOptions;

/**
 * The pieces statements are made of, written for one database: quoted and qualified names,
 * column lists, column types, the options meant for this database, and names as messages show
 * them.
 */
abstract class SqlWriter {

	private final Dialect dialect;

	private final String product;

	private final TypeMapping types;

	private final List<String> optionPrefixes;

	/**
	 * Creates a writer.
	 * @param dialect the dialect, for quoting identifiers and strings
	 * @param product the database as people write it, for messages: {@code PostgreSQL}
	 * @param types how the database spells column types
	 * @param optionPrefixes the prefixes of its options, the one that wins first
	 */
	SqlWriter(Dialect dialect, String product, TypeMapping types, List<String> optionPrefixes) {
		this.dialect = dialect;
		this.product = product;
		this.types = types;
		this.optionPrefixes = List.copyOf(optionPrefixes);
	}

	/**
	 * Returns an identifier as statements write it: quoted.
	 * @param identifier the identifier
	 * @return the quoted identifier
	 */
	protected String name(String identifier) {
		return this.dialect.quote(identifier);
	}

	/**
	 * Returns a table's name, qualified by its schema when one is given.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @return the name
	 */
	protected final String table(@Nullable String schema, String table) {
		return (schema != null) ? name(schema) + "." + name(table) : name(table);
	}

	/** {@code ALTER TABLE "schema"."table"}. */
	protected final String alterTable(@Nullable String schema, String table) {
		return "ALTER TABLE " + table(schema, table);
	}

	/** {@code ("a", "b")}. */
	protected final String columnList(List<String> columns) {
		return columns.stream().map(this::name).collect(Collectors.joining(", ", "(", ")"));
	}

	/** {@code CONSTRAINT "name" } with a trailing space, or nothing for an unnamed constraint. */
	protected final String constraint(@Nullable String name) {
		return (name != null) ? "CONSTRAINT " + name(name) + " " : "";
	}

	/**
	 * Returns a table as messages write it: {@code 'app.sessions'}.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @return the quoted display name
	 */
	static String display(@Nullable String schema, String table) {
		return "'" + ((schema != null) ? schema + "." : "") + table + "'";
	}

	/**
	 * Returns a column as messages write it: {@code 'app.sessions.status'}.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @param column the column
	 * @return the quoted display name
	 */
	static String display(@Nullable String schema, String table, String column) {
		return display(schema, table + "." + column);
	}

	/**
	 * Returns the database, as people write it.
	 * @return the product name, for example {@code PostgreSQL}
	 */
	protected final String product() {
		return this.product;
	}

	/**
	 * Returns the dialect.
	 * @return the dialect
	 */
	protected final Dialect dialect() {
		return this.dialect;
	}

	/**
	 * Returns a column's SQL type.
	 * @param type the portable type
	 * @param where the column, for messages
	 * @return the SQL type
	 */
	protected final String type(ColumnType type, String where) {
		return this.types.sql(type, where);
	}

	/**
	 * Reads the options of an operation meant for this database.
	 * @param options the operation's options
	 * @param supported the names, without prefix, supported here
	 * @param subject the operation, for messages
	 * @return the options
	 */
	protected final Options options(DialectOptions options, Set<String> supported, String subject) {
		return Options.read(options, this.optionPrefixes, supported, this.product, subject);
	}

}
