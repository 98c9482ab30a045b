package dev.migration.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import dev.migration.script.MigrationContext;
import org.jspecify.annotations.Nullable;

/**
 * The operations of a Java revision: Alembic's {@code op}. Each method builds one operation of
 * this package and hands it to the {@link MigrationContext}, which runs it (or renders it into
 * an offline script) at once. Required arguments are method arguments; Alembic's optional
 * keyword arguments are set on a builder passed to a lambda:
 *
 * <pre>{@code
 * import static dev.migration.operation.Operations.column;
 *
 * op.addColumn("sessions", column("new_status", "string(20)").nullable(true));
 * op.execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'");
 * op.alterColumn("sessions", "new_status", (c) -> c.nullable(false).existingType("string(20)"));
 * op.dropColumn("sessions", "old_status");
 * }</pre>
 *
 * Operations without a method of their own (or with options the methods do not cover) can be
 * built as records and passed to {@link #apply(Operation)}.
 */
public final class Operations {

	private final MigrationContext context;

	private final @Nullable String schema;

	/**
	 * Creates the operations of a revision running in the given context.
	 * @param context where the operations go
	 */
	public Operations(MigrationContext context) {
		this(context, null);
	}

	private Operations(MigrationContext context, @Nullable String schema) {
		this.context = Objects.requireNonNull(context, "context");
		this.schema = schema;
	}

	/**
	 * Returns operations that work in the given schema: each operation built by the returned
	 * object gets it as its {@code schema} (a foreign key as its {@code source_schema}) unless
	 * the builder lambda sets another.
	 * @param schema the schema
	 * @return the operations
	 */
	public Operations inSchema(String schema) {
		return new Operations(this.context, Checks.name(schema, "inSchema", "schema"));
	}

	/**
	 * Returns the context the operations go to, for its connection and database kind.
	 * @return the context
	 */
	public MigrationContext context() {
		return this.context;
	}

	/**
	 * Returns the JDBC connection the revision runs on, for data migrations: Alembic's
	 * {@code op.get_bind()}. Inside the revision's transaction when it has one; do not commit or
	 * close it.
	 * @return the connection
	 */
	public java.sql.Connection connection() {
		return this.context.connection();
	}

	/**
	 * Returns the kind of database: {@code postgresql}, {@code mariadb}, {@code mysql} or
	 * {@code h2}.
	 * @return the kind
	 */
	public String databaseKind() {
		return this.context.databaseKind();
	}


	/**
	 * Hands an operation, built by hand, to the context.
	 * @param operation the operation
	 */
	public void apply(Operation operation) {
		this.context.apply(operation);
	}

	/**
	 * Starts a column definition: SQLAlchemy's {@code Column(name, type)}.
	 * @param name the column's name
	 * @param type the type, as {@link ColumnType#parse(String)} reads it, for example
	 * {@code string(36)}
	 * @return a builder to set {@code nullable}, {@code primaryKey}, {@code serverDefault}, ...
	 */
	public static Column.Builder column(String name, String type) {
		return Column.builder(name, type);
	}

	/**
	 * Starts a column definition.
	 * @param name the column's name
	 * @param type the type
	 * @return a builder
	 */
	public static Column.Builder column(String name, ColumnType type) {
		return Column.builder(name, type);
	}

	/**
	 * Returns a row for {@link #bulkInsert}, in the order given:
	 * {@code row("id", 1, "name", "admin")}.
	 * @param namesAndValues column names alternating with their values
	 * @return the row
	 */
	public static Map<String, @Nullable Object> row(@Nullable Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("a row needs a value for each column name; found "
					+ namesAndValues.length + " arguments: " + Arrays.toString(namesAndValues));
		}
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (!(namesAndValues[i] instanceof String name)) {
				throw new IllegalArgumentException("argument " + (i + 1) + " of a row must be a column name; found "
						+ namesAndValues[i]);
			}
			row.put(name, namesAndValues[i + 1]);
		}
		return row;
	}

	/**
	 * Adds a column: {@code op.add_column}.
	 * @param tableName the table
	 * @param column the column
	 */
	public void addColumn(String tableName, Column.Builder column) {
		addColumn(tableName, column.build());
	}

	/**
	 * Adds a column: {@code op.add_column}.
	 * @param tableName the table
	 * @param column the column
	 */
	public void addColumn(String tableName, Column column) {
		apply(new AddColumn(tableName, column, this.schema));
	}

	/**
	 * Drops a column: {@code op.drop_column}. The operation cannot be reversed; use
	 * {@link #dropColumn(String, Column.Builder)} to make it reversible.
	 * @param tableName the table
	 * @param columnName the column
	 */
	public void dropColumn(String tableName, String columnName) {
		apply(new DropColumn(tableName, columnName, this.schema, null, DialectOptions.NONE));
	}

	/**
	 * Drops a column, remembering its definition so that the operation can be reversed.
	 * @param tableName the table
	 * @param column the dropped column's definition
	 */
	public void dropColumn(String tableName, Column.Builder column) {
		Column definition = column.build();
		apply(new DropColumn(tableName, definition.name(), this.schema, definition, DialectOptions.NONE));
	}

	/**
	 * Changes a column: {@code op.alter_column}.
	 * @param tableName the table
	 * @param columnName the column
	 * @param changes sets the changes and the {@code existing_*} values, for example
	 * {@code (c) -> c.nullable(false).existingType("string(20)")}
	 */
	public void alterColumn(String tableName, String columnName, Consumer<AlterColumn.Builder> changes) {
		AlterColumn.Builder builder = AlterColumn.builder(tableName, columnName).schema(this.schema);
		changes.accept(builder);
		apply(builder.build());
	}

	/**
	 * Creates a table: {@code op.create_table}.
	 * @param tableName the table
	 * @param columns its columns
	 */
	public void createTable(String tableName, Column.Builder... columns) {
		createTable(tableName, (table) -> Arrays.stream(columns).forEach(table::column));
	}

	/**
	 * Creates a table: {@code op.create_table}.
	 * @param tableName the table
	 * @param definition adds the columns and sets the comment and options
	 */
	public void createTable(String tableName, Consumer<CreateTable.Builder> definition) {
		CreateTable.Builder builder = CreateTable.builder(tableName).schema(this.schema);
		definition.accept(builder);
		apply(builder.build());
	}

	/**
	 * Drops a table: {@code op.drop_table}. Without the table's columns the operation cannot be
	 * reversed.
	 * @param tableName the table
	 * @param columns the dropped table's columns, to make the operation reversible; or none
	 */
	public void dropTable(String tableName, Column.Builder... columns) {
		List<Column> definition = new ArrayList<>();
		Arrays.stream(columns).forEach((column) -> definition.add(column.build()));
		apply(new DropTable(tableName, this.schema, definition, null, DialectOptions.NONE));
	}

	/**
	 * Renames a table: {@code op.rename_table}.
	 * @param oldTableName the table's current name
	 * @param newTableName its new name
	 */
	public void renameTable(String oldTableName, String newTableName) {
		apply(new RenameTable(oldTableName, newTableName, this.schema));
	}

	/**
	 * Creates an index: {@code op.create_index}.
	 * @param indexName the index
	 * @param tableName the table
	 * @param columns the indexed columns, in order
	 */
	public void createIndex(String indexName, String tableName, String... columns) {
		createIndex(indexName, tableName, List.of(columns), (index) -> {
		});
	}

	/**
	 * Creates an index: {@code op.create_index}.
	 * @param indexName the index
	 * @param tableName the table
	 * @param columns the indexed columns, in order
	 * @param options sets {@code unique}, {@code postgresqlConcurrently}, ... for example
	 * {@code (i) -> i.unique(true)}
	 */
	public void createIndex(String indexName, String tableName, List<String> columns,
			Consumer<CreateIndex.Builder> options) {
		CreateIndex.Builder builder = CreateIndex.builder(indexName, tableName, columns).schema(this.schema);
		options.accept(builder);
		apply(builder.build());
	}

	/**
	 * Drops an index: {@code op.drop_index}. The operation cannot be reversed, and MySQL and
	 * MariaDB need the index's table: see {@link #dropIndex(String, String)}.
	 * @param indexName the index
	 */
	public void dropIndex(String indexName) {
		dropIndex(indexName, (index) -> {
		});
	}

	/**
	 * Drops an index: {@code op.drop_index}. The operation cannot be reversed; use
	 * {@link #dropIndex(String, Consumer)} with the index's table and columns to make it
	 * reversible.
	 * @param indexName the index
	 * @param tableName the table, which MySQL and MariaDB need
	 */
	public void dropIndex(String indexName, String tableName) {
		dropIndex(indexName, (index) -> index.tableName(tableName));
	}

	/**
	 * Drops an index: {@code op.drop_index}.
	 * @param indexName the index
	 * @param options sets the table and options, and the definition for the inverse, for example
	 * {@code (i) -> i.tableName("sessions").columns("claude_session_id")}
	 */
	public void dropIndex(String indexName, Consumer<DropIndex.Builder> options) {
		DropIndex.Builder builder = DropIndex.builder(indexName).schema(this.schema);
		options.accept(builder);
		apply(builder.build());
	}

	/**
	 * Creates a foreign key: {@code op.create_foreign_key}.
	 * @param constraintName the constraint
	 * @param sourceTable the table holding the key
	 * @param referentTable the table it refers to
	 * @param localCols the source table's columns
	 * @param remoteCols the referent table's columns
	 */
	public void createForeignKey(@Nullable String constraintName, String sourceTable, String referentTable,
			List<String> localCols, List<String> remoteCols) {
		createForeignKey(constraintName, sourceTable, referentTable, localCols, remoteCols, (fk) -> {
		});
	}

	/**
	 * Creates a foreign key: {@code op.create_foreign_key}.
	 * @param constraintName the constraint
	 * @param sourceTable the table holding the key
	 * @param referentTable the table it refers to
	 * @param localCols the source table's columns
	 * @param remoteCols the referent table's columns
	 * @param options sets {@code ondelete}, {@code onupdate} and the schemas, for example
	 * {@code (fk) -> fk.ondelete("CASCADE")}
	 */
	public void createForeignKey(@Nullable String constraintName, String sourceTable, String referentTable,
			List<String> localCols, List<String> remoteCols, Consumer<CreateForeignKey.Builder> options) {
		CreateForeignKey.Builder builder = CreateForeignKey
			.builder(constraintName, sourceTable, referentTable, localCols, remoteCols)
			.sourceSchema(this.schema);
		options.accept(builder);
		apply(builder.build());
	}

	/**
	 * Creates a unique constraint: {@code op.create_unique_constraint}.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param columns the columns
	 */
	public void createUniqueConstraint(@Nullable String constraintName, String tableName, String... columns) {
		apply(new CreateUniqueConstraint(constraintName, tableName, List.of(columns), this.schema,
				DialectOptions.NONE));
	}

	/**
	 * Creates a check constraint: {@code op.create_check_constraint}.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param condition the condition, as SQL text
	 */
	public void createCheckConstraint(@Nullable String constraintName, String tableName, String condition) {
		apply(new CreateCheckConstraint(constraintName, tableName, condition, this.schema, DialectOptions.NONE));
	}

	/**
	 * Creates a primary key: {@code op.create_primary_key}.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param columns the key's columns
	 */
	public void createPrimaryKey(@Nullable String constraintName, String tableName, String... columns) {
		apply(new CreatePrimaryKey(constraintName, tableName, List.of(columns), this.schema));
	}

	/**
	 * Drops a constraint of unstated kind: {@code op.drop_constraint}. MySQL and MariaDB need the
	 * kind: see {@link #dropConstraint(String, String, ConstraintType)}.
	 * @param constraintName the constraint
	 * @param tableName the table
	 */
	public void dropConstraint(String constraintName, String tableName) {
		dropConstraint(constraintName, tableName, null);
	}

	/**
	 * Drops a constraint: {@code op.drop_constraint}.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param type the kind of constraint, which MySQL and MariaDB need; or {@code null}
	 */
	public void dropConstraint(String constraintName, String tableName, @Nullable ConstraintType type) {
		apply(new DropConstraint(constraintName, tableName, type, this.schema));
	}

	/**
	 * Runs raw SQL: {@code op.execute}.
	 * @param sql one statement
	 */
	public void execute(String sql) {
		apply(new Execute(sql));
	}

	/**
	 * Inserts rows: {@code op.bulk_insert}.
	 * @param tableName the table
	 * @param rows the rows, for example built with {@link #row(Object...)}
	 */
	public void bulkInsert(String tableName, List<Map<String, @Nullable Object>> rows) {
		apply(new BulkInsert(tableName, rows, this.schema));
	}

}
