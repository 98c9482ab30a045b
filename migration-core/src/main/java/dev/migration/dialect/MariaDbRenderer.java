package dev.migration.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.Column;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreateTable;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.RenameTable;

/**
 * MariaDB's and MySQL's spelling of the operations, as Alembic's {@code ddl/mysql.py}: comments
 * inline ({@code COMMENT '...'}), {@code RENAME TABLE}, {@code DROP INDEX ix ON t}, a
 * {@code drop_constraint} chosen by the constraint's type, and {@code alter_column} by restating
 * the column ({@link MariaDbColumnChange}).
 * <p>
 * A nullable column whose type is a {@code TIMESTAMP} says {@code NULL} explicitly: with
 * {@code explicit_defaults_for_timestamp} off (the default before MariaDB 10.10 and MySQL 8.0),
 * a {@code TIMESTAMP} column written without it would be {@code NOT NULL}, and the first one
 * would also get {@code DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP}. A
 * {@code NOT NULL} timestamp without a {@code server_default} still gets that on such servers;
 * give it a default.
 * <p>
 * Options read (MariaDB reads the {@code mariadb_} prefix, then {@code mysql_}; MySQL reads
 * {@code mysql_}): on {@code create_table} {@code engine}, {@code charset}, {@code collate}; on
 * {@code create_index} {@code length} (a prefix length, or a map of column to length),
 * {@code using} ({@code BTREE} or {@code HASH}) and {@code prefix} ({@code FULLTEXT} or
 * {@code SPATIAL}).
 */
final class MariaDbRenderer extends OperationRenderer {

	private static final Pattern OPTION_WORD = Pattern.compile("[A-Za-z0-9_]+");

	private static final Set<String> INDEX_METHODS = Set.of("BTREE", "HASH");

	private static final Set<String> INDEX_PREFIXES = Set.of("FULLTEXT", "SPATIAL");

	private final boolean mysql;

	MariaDbRenderer(Dialect dialect) {
		super(dialect, dialect.kind().equals("mysql") ? "MySQL" : "MariaDB", new Types(),
				SqlLiterals.mariaDb(dialect, dialect.kind().equals("mysql") ? "MySQL" : "MariaDB"),
				dialect.kind().equals("mysql") ? List.of("mysql") : List.of("mariadb", "mysql"));
		this.mysql = dialect.kind().equals("mysql");
	}

	@Override
	protected String columnDefinition(Column column, boolean inlinePrimaryKey, boolean autoincrement, String where) {
		String sqlType = type(column.type(), where);
		String keys = (inlinePrimaryKey ? " PRIMARY KEY" : "") + (column.unique() ? " UNIQUE" : "");
		return name(column.name()) + " " + spec(sqlType, column.nullable(), isTimestamp(sqlType),
				column.serverDefault(), autoincrement, keys, column.comment());
	}

	/**
	 * Returns a column's definition after its name, in the order of MariaDB's grammar:
	 * {@code TYPE [NULL | NOT NULL] [DEFAULT x] [AUTO_INCREMENT] [PRIMARY KEY] [UNIQUE] [COMMENT 'c']}.
	 * @param sqlType the SQL type
	 * @param nullable whether the column accepts {@code NULL}
	 * @param explicitNull whether to write {@code NULL} for a nullable column
	 * @param serverDefault the default, or {@code null}
	 * @param autoincrement whether it is {@code AUTO_INCREMENT}
	 * @param keys the key constraints, with a leading space, or an empty string
	 * @param comment the comment, or {@code null}
	 * @return the definition
	 */
	String spec(String sqlType, boolean nullable, boolean explicitNull, @Nullable String serverDefault,
			boolean autoincrement, String keys, @Nullable String comment) {
		StringBuilder sql = new StringBuilder(sqlType);
		if (!nullable) {
			sql.append(" NOT NULL");
		}
		else if (explicitNull) {
			sql.append(" NULL");
		}
		if (serverDefault != null) {
			sql.append(" DEFAULT ").append(serverDefault);
		}
		if (autoincrement) {
			sql.append(" AUTO_INCREMENT");
		}
		sql.append(keys);
		if (comment != null) {
			sql.append(" COMMENT ").append(dialect().literal(comment));
		}
		return sql.toString();
	}

	/**
	 * Whether a SQL type is a {@code TIMESTAMP}, whose nullability is written explicitly.
	 * @param sqlType the SQL type
	 * @return whether it is
	 */
	static boolean isTimestamp(String sqlType) {
		return sqlType.toUpperCase(Locale.ROOT).startsWith("TIMESTAMP");
	}

	@Override
	protected List<String> columnComment(@Nullable String schema, String table, String column,
			@Nullable String comment) {
		return List.of();
	}

	@Override
	protected List<String> tableComment(@Nullable String schema, String table, String comment) {
		return List.of();
	}

	@Override
	protected String tableOptions(CreateTable op, String subject) {
		Options options = options(op.dialectOptions(), Set.of("engine", "charset", "collate"), subject);
		StringBuilder sql = new StringBuilder();
		String engine = word(options, "engine");
		if (engine != null) {
			sql.append(" ENGINE=").append(engine);
		}
		String charset = word(options, "charset");
		if (charset != null) {
			sql.append(" DEFAULT CHARSET=").append(charset);
		}
		String collate = word(options, "collate");
		if (collate != null) {
			sql.append(" COLLATE=").append(collate);
		}
		if (op.comment() != null) {
			sql.append(" COMMENT=").append(dialect().literal(op.comment()));
		}
		return sql.toString();
	}

	private static @Nullable String word(Options options, String name) {
		String value = options.string(name);
		if (value != null && !OPTION_WORD.matcher(value).matches()) {
			throw new MigrationException(options.subject() + ": the option '" + options.fullName(name)
					+ "' must be a single word such as InnoDB or utf8mb4; found '" + value + "'");
		}
		return value;
	}

	@Override
	protected List<String> alterColumn(AlterColumn op) {
		return new MariaDbColumnChange(this, op).statements();
	}

	@Override
	protected String renameTable(RenameTable op) {
		return "RENAME TABLE " + table(op.schema(), op.oldTableName()) + " TO " + table(op.schema(), op.newTableName());
	}

	@Override
	protected String createIndex(CreateIndex op) {
		Options options = options(op.dialectOptions(), Set.of("length", "using", "prefix"), subject(op));
		if (op.ifNotExists() && this.mysql) {
			throw new MigrationException(subject(op)
					+ ": MySQL has no CREATE INDEX IF NOT EXISTS; remove 'if_not_exists'");
		}
		String prefix = choice(options, "prefix", INDEX_PREFIXES);
		String using = choice(options, "using", INDEX_METHODS);
		List<String> columns = new ArrayList<>();
		for (String column : op.columns()) {
			Integer length = prefixLength(options, column);
			columns.add(name(column) + ((length != null) ? "(" + length + ")" : ""));
		}
		return "CREATE " + (op.unique() ? "UNIQUE " : "") + ((prefix != null) ? prefix + " " : "") + "INDEX "
				+ (op.ifNotExists() ? "IF NOT EXISTS " : "") + name(op.indexName()) + " ON "
				+ table(op.schema(), op.tableName()) + " (" + String.join(", ", columns) + ")"
				+ ((using != null) ? " USING " + using : "");
	}

	private static @Nullable String choice(Options options, String name, Set<String> choices) {
		String value = options.string(name);
		if (value == null) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!choices.contains(upper)) {
			throw new MigrationException(options.subject() + ": the option '" + options.fullName(name)
					+ "' must be one of " + String.join(", ", choices.stream().sorted().toList()) + "; found '" + value
					+ "'");
		}
		return upper;
	}

	private static @Nullable Integer prefixLength(Options options, String column) {
		Object length = options.get("length");
		if (length instanceof Map<?, ?> lengths) {
			length = lengths.get(column);
		}
		if (length == null) {
			return null;
		}
		if (length instanceof Number number && number.longValue() > 0 && number.longValue() <= Integer.MAX_VALUE) {
			return number.intValue();
		}
		throw new MigrationException(options.subject() + ": the option '" + options.fullName("length")
				+ "' must be a positive whole number, or a map of column to number; found '" + length + "'");
	}

	@Override
	protected String dropIndex(DropIndex op) {
		String subject = "drop_index '" + op.indexName() + "'";
		if (op.tableName() == null) {
			throw new MigrationException(subject + " needs 'table_name' on " + product() + ", which drops an index of a"
					+ " table (DROP INDEX ix ON table); add the index's table_name");
		}
		if (op.ifExists() && this.mysql) {
			throw new MigrationException(subject + ": MySQL has no DROP INDEX IF EXISTS; remove 'if_exists'");
		}
		return "DROP INDEX " + (op.ifExists() ? "IF EXISTS " : "") + name(op.indexName()) + " ON "
				+ table(op.schema(), op.tableName());
	}

	@Override
	protected String dropConstraint(DropConstraint op) {
		String alter = alterTable(op.schema(), op.tableName());
		if (op.type() == null) {
			throw new MigrationException("drop_constraint '" + op.constraintName() + "' on "
					+ display(op.schema(), op.tableName()) + " needs 'type' on " + product()
					+ ", which drops each kind of constraint its own way; add type: foreignkey, unique, check or primary");
		}
		return switch (op.type()) {
			case FOREIGNKEY -> alter + " DROP FOREIGN KEY " + name(op.constraintName());
			case UNIQUE -> alter + " DROP INDEX " + name(op.constraintName());
			case PRIMARY -> alter + " DROP PRIMARY KEY";
			case CHECK -> alter + (this.mysql ? " DROP CHECK " : " DROP CONSTRAINT ") + name(op.constraintName());
		};
	}

	/**
	 * MariaDB's and MySQL's types: {@code VARCHAR(n)} (a length is required), {@code TEXT},
	 * {@code FLOAT}, {@code DOUBLE}, {@code DATETIME}, {@code TIMESTAMP} for a timestamp with time
	 * zone (stored in UTC, converted from and to the session's time zone), {@code CHAR(36)} for a
	 * UUID (MariaDB's {@code UUID} type exists only from 10.7, MySQL has none), {@code JSON} for
	 * jsonb, {@code VARBINARY(n)} or {@code BLOB}.
	 */
	static final class Types extends TypeMapping {

		@Override
		protected String string(@Nullable Integer length, String where) {
			if (length == null) {
				throw new MigrationException(where + " is a string without a length, which MariaDB and MySQL"
						+ " do not accept; give one, as in string(255), or use text");
			}
			return super.string(length, where);
		}

		@Override
		protected String text() {
			return "TEXT";
		}

		@Override
		protected String floatType() {
			return "FLOAT";
		}

		@Override
		protected String doubleType() {
			return "DOUBLE";
		}

		@Override
		protected String timestamp(@Nullable Integer precision) {
			return "DATETIME" + arguments(precision, null);
		}

		@Override
		protected String timestampWithTimeZone(@Nullable Integer precision) {
			return "TIMESTAMP" + arguments(precision, null);
		}

		@Override
		protected String uuid() {
			return "CHAR(36)";
		}

		@Override
		protected String binary(@Nullable Integer length) {
			return (length != null) ? "VARBINARY(" + length + ")" : "BLOB";
		}

	}

}
