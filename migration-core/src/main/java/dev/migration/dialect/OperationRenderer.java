package dev.migration.dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.BulkInsert;
import dev.migration.operation.Column;
import dev.migration.operation.ColumnType;
import dev.migration.operation.CreateCheckConstraint;
import dev.migration.operation.CreateForeignKey;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreatePrimaryKey;
import dev.migration.operation.CreateTable;
import dev.migration.operation.CreateUniqueConstraint;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.DropTable;
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;

/**
 * Renders operations as SQL statements, as Alembic's {@code ddl/impl.py} and
 * {@code ddl/base.py} do: the standard SQL that PostgreSQL and H2 share, with hooks for what a
 * database spells its own way. Statements have no terminating semicolon.
 * <p>
 * Rules every database follows:
 * <ul>
 * <li>Identifiers go through {@link SqlWriter#name(String)}, which quotes them with
 * {@link Dialect#quote(String)}; a table is qualified by its schema when one is given.</li>
 * <li>{@code server_default} is SQL, written verbatim after {@code DEFAULT}.</li>
 * <li>A single primary-key column carries {@code PRIMARY KEY} inline; several make a table-level
 * {@code PRIMARY KEY (a, b)}.</li>
 * <li>Autoincrement follows SQLAlchemy: {@code autoincrement: true} asks for it, {@code false}
 * refuses it, and when it is not given an {@code integer}, {@code bigint} or {@code smallint}
 * column that is the table's only primary-key column and has no {@code server_default} gets it
 * (SQLAlchemy's {@code "auto"}).</li>
 * <li>Options of other databases are ignored; an unsupported option of this one is an error.</li>
 * </ul>
 */
abstract class OperationRenderer extends SqlWriter {

	/** The most rows one INSERT statement of a {@code bulk_insert} carries. */
	static final int ROWS_PER_INSERT = 500;

	private static final Set<ColumnType.Kind> INTEGER_KINDS = Set.of(ColumnType.Kind.INTEGER, ColumnType.Kind.BIGINT,
			ColumnType.Kind.SMALLINT);

	private final SqlLiterals literals;

	/**
	 * Creates a renderer.
	 * @param dialect the dialect, for quoting identifiers and strings
	 * @param product the database as people write it, for messages: {@code PostgreSQL}
	 * @param types how the database spells column types
	 * @param literals how it writes values
	 * @param optionPrefixes the prefixes of its options, the one that wins first
	 */
	OperationRenderer(Dialect dialect, String product, TypeMapping types, SqlLiterals literals,
			List<String> optionPrefixes) {
		super(dialect, product, types, optionPrefixes);
		this.literals = literals;
	}

	/**
	 * Renders an operation.
	 * @param operation the operation, anything but {@code execute}
	 * @return the statements, in order
	 * @throws MigrationException when the operation cannot be written for this database, saying
	 * what to change
	 */
	final List<String> render(Operation operation) {
		if (operation instanceof AddColumn op) {
			return addColumn(op);
		}
		if (operation instanceof DropColumn op) {
			return dropColumn(op);
		}
		if (operation instanceof AlterColumn op) {
			return alterColumn(op);
		}
		if (operation instanceof CreateTable op) {
			return createTable(op);
		}
		if (operation instanceof DropTable op) {
			// Its columns, comment and options describe the dropped table, for the inverse.
			return List.of("DROP TABLE " + table(op.schema(), op.tableName()));
		}
		if (operation instanceof RenameTable op) {
			return List.of(renameTable(op));
		}
		if (operation instanceof CreateIndex op) {
			return List.of(createIndex(op));
		}
		if (operation instanceof DropIndex op) {
			return List.of(dropIndex(op));
		}
		if (operation instanceof CreateForeignKey op) {
			return List.of(createForeignKey(op));
		}
		if (operation instanceof CreateUniqueConstraint op) {
			return List.of(createUniqueConstraint(op));
		}
		if (operation instanceof CreateCheckConstraint op) {
			return List.of(createCheckConstraint(op));
		}
		if (operation instanceof CreatePrimaryKey op) {
			return createPrimaryKey(op);
		}
		if (operation instanceof DropConstraint op) {
			return List.of(dropConstraint(op));
		}
		if (operation instanceof BulkInsert op) {
			return bulkInsert(op);
		}
		throw new MigrationException(product() + " cannot render the operation '" + operation.name() + "' ("
				+ operation.getClass().getName() + "); write it as SQL with 'execute'");
	}

	private static String named(@Nullable String name) {
		return (name != null) ? " '" + name + "'" : "";
	}

	/**
	 * Whether a column takes its values from an identity or auto-increment: see the class
	 * comment.
	 * @param column the column
	 * @param solePrimaryKey whether it is its table's only primary-key column
	 * @param where the column, for messages
	 * @return whether it does
	 */
	protected static boolean autoincrement(Column column, boolean solePrimaryKey, String where) {
		Boolean wanted = column.autoincrement();
		ColumnType.Kind kind = column.type().kind();
		boolean integer = INTEGER_KINDS.contains(kind);
		if (wanted == null) {
			return column.primaryKey() && solePrimaryKey && integer && column.serverDefault() == null;
		}
		if (!wanted) {
			return false;
		}
		if (!integer && kind != ColumnType.Kind.RAW) {
			throw new MigrationException(where + " has autoincrement: true, but its type is " + column.type()
					+ "; autoincrement needs integer, bigint or smallint");
		}
		if (column.serverDefault() != null) {
			throw new MigrationException(where + " has both autoincrement: true and server_default: "
					+ column.serverDefault() + "; a column takes its values from one or the other, so remove one");
		}
		return true;
	}

	/**
	 * Returns a column's definition, from its name to its constraints, as {@code CREATE TABLE}
	 * and {@code ADD COLUMN} write it.
	 * @param column the column
	 * @param inlinePrimaryKey whether to write {@code PRIMARY KEY} in it
	 * @param autoincrement whether it takes its values from an identity or auto-increment
	 * @param where the column, for messages
	 * @return the definition
	 */
	protected String columnDefinition(Column column, boolean inlinePrimaryKey, boolean autoincrement, String where) {
		StringBuilder sql = new StringBuilder(name(column.name())).append(' ').append(type(column.type(), where));
		if (autoincrement) {
			sql.append(" GENERATED BY DEFAULT AS IDENTITY");
		}
		if (column.serverDefault() != null) {
			sql.append(" DEFAULT ").append(column.serverDefault());
		}
		if (!column.nullable()) {
			sql.append(" NOT NULL");
		}
		if (inlinePrimaryKey) {
			sql.append(" PRIMARY KEY");
		}
		if (column.unique()) {
			sql.append(" UNIQUE");
		}
		return sql.toString();
	}

	/**
	 * Returns the statements that set a column's comment: {@code COMMENT ON COLUMN}.
	 * @param schema the table's schema, or {@code null}
	 * @param table the table
	 * @param column the column
	 * @param comment the comment, or {@code null} to remove it
	 * @return the statements
	 */
	protected List<String> columnComment(@Nullable String schema, String table, String column,
			@Nullable String comment) {
		return List.of("COMMENT ON COLUMN " + table(schema, table) + "." + name(column) + " IS "
				+ ((comment != null) ? dialect().literal(comment) : "NULL"));
	}

	/**
	 * Returns the statements that set a table's comment: {@code COMMENT ON TABLE}.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @param comment the comment
	 * @return the statements
	 */
	protected List<String> tableComment(@Nullable String schema, String table, String comment) {
		return List.of("COMMENT ON TABLE " + table(schema, table) + " IS " + dialect().literal(comment));
	}

	/**
	 * Returns what follows the closing parenthesis of {@code CREATE TABLE}, with a leading
	 * space, or nothing; and checks the operation's options, none of which are supported here.
	 * @param op the operation
	 * @param subject the operation, for messages
	 * @return the table options
	 */
	protected String tableOptions(CreateTable op, String subject) {
		options(op.dialectOptions(), Set.of(), subject);
		return "";
	}

	private void checkColumnOptions(Column column, String where) {
		options(column.dialectOptions(), Set.of(), where);
	}

	// ---- tables and columns

	private List<String> createTable(CreateTable op) {
		String subject = "create_table " + display(op.schema(), op.tableName());
		List<Column> primaryKey = op.columns().stream().filter(Column::primaryKey).toList();
		List<String> lines = new ArrayList<>();
		for (Column column : op.columns()) {
			String where = "column '" + column.name() + "' of " + subject;
			checkColumnOptions(column, where);
			lines.add(columnDefinition(column, column.primaryKey() && primaryKey.size() == 1,
					autoincrement(column, primaryKey.size() == 1, where), where));
		}
		if (primaryKey.size() > 1) {
			lines.add("PRIMARY KEY " + columnList(primaryKey.stream().map(Column::name).toList()));
		}
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + table(op.schema(), op.tableName()) + " (\n\t" + String.join(",\n\t", lines)
				+ "\n)" + tableOptions(op, subject));
		if (op.comment() != null) {
			statements.addAll(tableComment(op.schema(), op.tableName(), op.comment()));
		}
		for (Column column : op.columns()) {
			if (column.comment() != null) {
				statements.addAll(columnComment(op.schema(), op.tableName(), column.name(), column.comment()));
			}
		}
		return statements;
	}

	private List<String> addColumn(AddColumn op) {
		Column column = op.column();
		String where = "add_column of " + display(op.schema(), op.tableName(), column.name());
		checkColumnOptions(column, where);
		List<String> statements = new ArrayList<>();
		statements.add(alterTable(op.schema(), op.tableName()) + " ADD COLUMN "
				+ columnDefinition(column, column.primaryKey(), autoincrement(column, column.primaryKey(), where), where));
		if (column.comment() != null) {
			statements.addAll(columnComment(op.schema(), op.tableName(), column.name(), column.comment()));
		}
		return statements;
	}

	private List<String> dropColumn(DropColumn op) {
		options(op.dialectOptions(), Set.of(), "drop_column of " + display(op.schema(), op.tableName(), op.columnName()));
		return List.of(alterTable(op.schema(), op.tableName()) + " DROP COLUMN " + name(op.columnName()));
	}

	/**
	 * Renders {@code rename_table}: {@code ALTER TABLE "s"."a" RENAME TO "b"}, the table staying
	 * in its schema.
	 * @param op the operation
	 * @return the statement
	 */
	protected String renameTable(RenameTable op) {
		return alterTable(op.schema(), op.oldTableName()) + " RENAME TO " + name(op.newTableName());
	}

	/**
	 * Renders {@code alter_column}: by default one statement per change
	 * ({@link StandardColumnChange}).
	 * @param op the operation
	 * @return the statements
	 */
	protected List<String> alterColumn(AlterColumn op) {
		return new StandardColumnChange(this, op).statements();
	}

	/**
	 * Returns the options {@code alter_column} supports, without prefix.
	 * @return the names
	 */
	protected Set<String> alterColumnOptions() {
		return Set.of();
	}

	/**
	 * Returns the part of {@code ALTER COLUMN} that changes the type: {@code SET DATA TYPE x}.
	 * @param sqlType the new type
	 * @param options the operation's options
	 * @return the clause
	 */
	protected String changeType(String sqlType, Options options) {
		return "SET DATA TYPE " + sqlType;
	}

	// ---- indexes

	/**
	 * Renders {@code create_index}: {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] "ix" ON "t" (...)}.
	 * The index name is not qualified: an index lives in its table's schema.
	 * @param op the operation
	 * @return the statement
	 */
	protected String createIndex(CreateIndex op) {
		options(op.dialectOptions(), Set.of(), subject(op));
		return "CREATE " + (op.unique() ? "UNIQUE " : "") + "INDEX " + (op.ifNotExists() ? "IF NOT EXISTS " : "")
				+ name(op.indexName()) + " ON " + table(op.schema(), op.tableName()) + " " + columnList(op.columns());
	}

	/**
	 * Describes a {@code create_index} for messages.
	 * @param op the operation
	 * @return {@code create_index 'ix' on 'sessions'}
	 */
	protected static String subject(CreateIndex op) {
		return "create_index '" + op.indexName() + "' on " + display(op.schema(), op.tableName());
	}

	/**
	 * Renders {@code drop_index}: {@code DROP INDEX [IF EXISTS] "schema"."ix"}. Its options
	 * describe the dropped index, for the inverse, and are not checked.
	 * @param op the operation
	 * @return the statement
	 */
	protected String dropIndex(DropIndex op) {
		return "DROP INDEX " + (op.ifExists() ? "IF EXISTS " : "") + table(op.schema(), op.indexName());
	}

	// ---- constraints

	/**
	 * Renders {@code create_foreign_key}.
	 * @param op the operation
	 * @return the statement
	 */
	protected String createForeignKey(CreateForeignKey op) {
		Options options = options(op.dialectOptions(), constraintOptions(), "create_foreign_key"
				+ named(op.constraintName()) + " on " + display(op.sourceSchema(), op.sourceTable()));
		return alterTable(op.sourceSchema(), op.sourceTable()) + " ADD " + constraint(op.constraintName())
				+ "FOREIGN KEY " + columnList(op.localCols()) + " REFERENCES "
				+ table(op.referentSchema(), op.referentTable()) + " " + columnList(op.remoteCols())
				+ ((op.ondelete() != null) ? " ON DELETE " + op.ondelete() : "")
				+ ((op.onupdate() != null) ? " ON UPDATE " + op.onupdate() : "") + constraintSuffix(options);
	}

	private String createUniqueConstraint(CreateUniqueConstraint op) {
		options(op.dialectOptions(), Set.of(), "create_unique_constraint" + named(op.constraintName()) + " on "
				+ display(op.schema(), op.tableName()));
		return alterTable(op.schema(), op.tableName()) + " ADD " + constraint(op.constraintName()) + "UNIQUE "
				+ columnList(op.columns());
	}

	private String createCheckConstraint(CreateCheckConstraint op) {
		Options options = options(op.dialectOptions(), constraintOptions(), "create_check_constraint"
				+ named(op.constraintName()) + " on " + display(op.schema(), op.tableName()));
		return alterTable(op.schema(), op.tableName()) + " ADD " + constraint(op.constraintName()) + "CHECK ("
				+ op.condition() + ")" + constraintSuffix(options);
	}

	/**
	 * Returns the options foreign keys and check constraints support, without prefix.
	 * @return the names
	 */
	protected Set<String> constraintOptions() {
		return Set.of();
	}

	/**
	 * Returns what follows a foreign key or check constraint, with a leading space, or nothing.
	 * @param options the operation's options
	 * @return the suffix
	 */
	protected String constraintSuffix(Options options) {
		return "";
	}

	/**
	 * Renders {@code create_primary_key}.
	 * @param op the operation
	 * @return the statements
	 */
	protected List<String> createPrimaryKey(CreatePrimaryKey op) {
		return List.of(alterTable(op.schema(), op.tableName()) + " ADD " + constraint(op.constraintName())
				+ "PRIMARY KEY " + columnList(op.columns()));
	}

	/**
	 * Renders {@code drop_constraint}: {@code ALTER TABLE "t" DROP CONSTRAINT "name"}, whatever
	 * its type.
	 * @param op the operation
	 * @return the statement
	 */
	protected String dropConstraint(DropConstraint op) {
		return alterTable(op.schema(), op.tableName()) + " DROP CONSTRAINT " + name(op.constraintName());
	}

	// ---- data

	/**
	 * Renders {@code bulk_insert} as {@code INSERT INTO t (...) VALUES (...), (...)} statements of
	 * at most {@link #ROWS_PER_INSERT} rows. The column list is every column named by any row, in
	 * the order they first appear; a row that does not name a column gives it {@code DEFAULT},
	 * as an INSERT of that row alone would. No rows, no statements.
	 * @param op the operation
	 * @return the statements
	 */
	private List<String> bulkInsert(BulkInsert op) {
		String subject = "bulk_insert into " + display(op.schema(), op.tableName());
		Set<String> columns = new LinkedHashSet<>();
		op.rows().forEach((row) -> columns.addAll(row.keySet()));
		String head = "INSERT INTO " + table(op.schema(), op.tableName()) + " " + columnList(List.copyOf(columns))
				+ " VALUES\n\t";
		List<String> statements = new ArrayList<>();
		List<String> tuples = new ArrayList<>();
		for (int i = 0; i < op.rows().size(); i++) {
			Map<String, @Nullable Object> row = op.rows().get(i);
			List<String> values = new ArrayList<>();
			for (String column : columns) {
				values.add(row.containsKey(column)
						? this.literals.of(row.get(column), "row " + (i + 1) + ", column '" + column + "' of " + subject)
						: "DEFAULT");
			}
			tuples.add("(" + String.join(", ", values) + ")");
			if (tuples.size() == ROWS_PER_INSERT || i == op.rows().size() - 1) {
				statements.add(head + String.join(",\n\t", tuples));
				tuples.clear();
			}
		}
		return statements;
	}

}
