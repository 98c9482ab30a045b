package dev.migration.source.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.BulkInsert;
import dev.migration.operation.Column;
import dev.migration.operation.ColumnType;
import dev.migration.operation.ConstraintType;
import dev.migration.operation.CreateCheckConstraint;
import dev.migration.operation.CreateForeignKey;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreatePrimaryKey;
import dev.migration.operation.CreateTable;
import dev.migration.operation.CreateUniqueConstraint;
import dev.migration.operation.DialectOptions;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.DropTable;
import dev.migration.operation.Execute;
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;
import dev.migration.operation.Setting;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the operations of an {@code upgrade:} or {@code downgrade:} list: each a map with one
 * key, the operation's name as Alembic spells it, whose value maps Alembic's keyword arguments
 * to their values.
 */
final class OperationReader {

	private static final String COLUMN_EXAMPLE = "{name: id, type: string(36)}";

	private static final String ROW_EXAMPLE = "{id: 1, name: admin}";

	private final Map<String, Function<Parameters, @Nullable Operation>> readers = new LinkedHashMap<>();

	OperationReader() {
		this.readers.put("add_column", OperationReader::addColumn);
		this.readers.put("drop_column", OperationReader::dropColumn);
		this.readers.put("alter_column", OperationReader::alterColumn);
		this.readers.put("create_table", OperationReader::createTable);
		this.readers.put("drop_table", OperationReader::dropTable);
		this.readers.put("rename_table", OperationReader::renameTable);
		this.readers.put("create_index", OperationReader::createIndex);
		this.readers.put("drop_index", OperationReader::dropIndex);
		this.readers.put("create_foreign_key", OperationReader::createForeignKey);
		this.readers.put("create_unique_constraint", OperationReader::createUniqueConstraint);
		this.readers.put("create_check_constraint", OperationReader::createCheckConstraint);
		this.readers.put("create_primary_key", OperationReader::createPrimaryKey);
		this.readers.put("drop_constraint", OperationReader::dropConstraint);
		this.readers.put("execute", OperationReader::execute);
		this.readers.put("bulk_insert", OperationReader::bulkInsert);
	}

	/**
	 * Reads one item of an operation list.
	 * @param item the item
	 * @param problems where problems go
	 * @return the operation with its position, or {@code null} after reporting problems
	 */
	@Nullable LocatedOperation read(Node item, Problems problems) {
		if (!(item instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
			problems.add(item, shapeProblem(item));
			return null;
		}
		NodeTuple tuple = mapping.getValue().get(0);
		Node key = tuple.getKeyNode();
		Node value = tuple.getValueNode();
		String name = PlainValues.text(key);
		Function<Parameters, @Nullable Operation> reader = this.readers.get(name);
		if (!(key instanceof ScalarNode) || reader == null) {
			problems.add(key, Suggestions.unknown("operation", name, "", this.readers.keySet()));
			return null;
		}
		Operation operation;
		if (name.equals("execute") && value instanceof ScalarNode scalar && !Parameters.isNull(value)) {
			operation = execute(scalar.getValue());
		}
		else if (value instanceof MappingNode || Parameters.isNull(value)) {
			MappingNode parameters = (value instanceof MappingNode map) ? map : null;
			operation = reader.apply(new Parameters("parameter", name, key, parameters, problems));
		}
		else {
			problems.add(value, "the parameters of " + name + " must be a map, indented under '" + name
					+ ":'; found " + PlainValues.describe(value));
			return null;
		}
		if (operation == null) {
			return null;
		}
		return new LocatedOperation(operation, key.getStartMark().getLine() + 1, key.getStartMark().getColumn() + 1);
	}

	private static String shapeProblem(Node item) {
		String shape = "an operation is a map with one key, its name, as in '- add_column: {table_name: ..., "
				+ "column: ...}'";
		if (item instanceof MappingNode mapping) {
			List<String> keys = mapping.getValue().stream().map((tuple) -> PlainValues.text(tuple.getKeyNode())).toList();
			if (keys.isEmpty()) {
				return shape + "; found an empty map";
			}
			return shape + "; found " + keys.size() + " keys (" + String.join(", ", keys)
					+ "): indent the parameters under the operation's name, or start each operation with '-'";
		}
		return shape + "; found " + PlainValues.describe(item);
	}

	private static @Nullable Operation build(Parameters parameters, Supplier<Operation> operation) {
		if (!parameters.ok()) {
			return null;
		}
		try {
			return operation.get();
		}
		catch (IllegalArgumentException ex) {
			parameters.problem(parameters.at(), ex.getMessage());
			return null;
		}
	}

	private static @Nullable Operation addColumn(Parameters p) {
		String tableName = p.requiredString("table_name");
		Column column = p.map("column", true, (map) -> column(map, p, null));
		String schema = p.string("schema");
		p.finish(false);
		return build(p, () -> new AddColumn(tableName, column, schema));
	}

	private static @Nullable Operation dropColumn(Parameters p) {
		String tableName = p.requiredString("table_name");
		String columnName = p.requiredString("column_name");
		String schema = p.string("schema");
		Column column = p.map("column", false, (map) -> column(map, p, columnName));
		DialectOptions options = p.finish(true);
		return build(p, () -> new DropColumn(tableName, columnName, schema, column, options));
	}

	private static @Nullable Operation alterColumn(Parameters p) {
		String tableName = p.requiredString("table_name");
		String columnName = p.requiredString("column_name");
		Boolean nullable = p.optionalFlag("nullable");
		Setting serverDefault = p.setting("server_default");
		String newColumnName = p.string("new_column_name");
		ColumnType type = p.type("type");
		Setting comment = p.setting("comment");
		ColumnType existingType = p.type("existing_type");
		Boolean existingNullable = p.optionalFlag("existing_nullable");
		Setting existingServerDefault = p.setting("existing_server_default");
		Setting existingComment = p.setting("existing_comment");
		String schema = p.string("schema");
		DialectOptions options = p.finish(true);
		return build(p, () -> new AlterColumn(tableName, columnName, nullable, serverDefault, newColumnName, type,
				comment, existingType, existingNullable, existingServerDefault, existingComment, schema, options));
	}

	private static @Nullable Operation createTable(Parameters p) {
		String tableName = p.requiredString("table_name");
		List<Column> columns = p.maps("columns", true, "[" + COLUMN_EXAMPLE + "]", (map) -> column(map, p, null));
		String schema = p.string("schema");
		String comment = p.string("comment");
		DialectOptions options = p.finish(true);
		return build(p, () -> new CreateTable(tableName, columns, schema, comment, options));
	}

	private static @Nullable Operation dropTable(Parameters p) {
		String tableName = p.requiredString("table_name");
		String schema = p.string("schema");
		List<Column> columns = p.maps("columns", false, "[" + COLUMN_EXAMPLE + "]", (map) -> column(map, p, null));
		String comment = p.string("comment");
		DialectOptions options = p.finish(true);
		return build(p, () -> new DropTable(tableName, schema, (columns != null) ? columns : List.of(), comment,
				options));
	}

	private static @Nullable Operation renameTable(Parameters p) {
		String oldTableName = p.requiredString("old_table_name");
		String newTableName = p.requiredString("new_table_name");
		String schema = p.string("schema");
		p.finish(false);
		return build(p, () -> new RenameTable(oldTableName, newTableName, schema));
	}

	private static @Nullable Operation createIndex(Parameters p) {
		String indexName = p.requiredString("index_name");
		String tableName = p.requiredString("table_name");
		List<String> columns = p.requiredNames("columns");
		boolean unique = p.flag("unique", false);
		String schema = p.string("schema");
		boolean concurrently = p.flag("postgresql_concurrently", false);
		String where = p.string("postgresql_where");
		boolean ifNotExists = p.flag("if_not_exists", false);
		DialectOptions options = p.finish(true);
		return build(p, () -> new CreateIndex(indexName, tableName, columns, unique, schema, concurrently, where,
				ifNotExists, options));
	}

	private static @Nullable Operation dropIndex(Parameters p) {
		String indexName = p.requiredString("index_name");
		String tableName = p.string("table_name");
		String schema = p.string("schema");
		boolean concurrently = p.flag("postgresql_concurrently", false);
		boolean ifExists = p.flag("if_exists", false);
		List<String> columns = p.names("columns");
		boolean unique = p.flag("unique", false);
		String where = p.string("postgresql_where");
		DialectOptions options = p.finish(true);
		return build(p, () -> new DropIndex(indexName, tableName, schema, concurrently, ifExists, columns, unique,
				where, options));
	}

	private static @Nullable Operation createForeignKey(Parameters p) {
		String constraintName = constraintName(p);
		String sourceTable = p.requiredString("source_table");
		String referentTable = p.requiredString("referent_table");
		List<String> localCols = p.requiredNames("local_cols");
		List<String> remoteCols = p.requiredNames("remote_cols");
		String onupdate = action(p, "onupdate");
		String ondelete = action(p, "ondelete");
		String sourceSchema = p.string("source_schema");
		String referentSchema = p.string("referent_schema");
		DialectOptions options = p.finish(true);
		return build(p, () -> new CreateForeignKey(constraintName, sourceTable, referentTable, localCols, remoteCols,
				onupdate, ondelete, sourceSchema, referentSchema, options));
	}

	private static @Nullable String action(Parameters p, String name) {
		String action = p.string(name);
		Node node = p.node(name);
		if (action != null && node != null
				&& !CreateForeignKey.ACTIONS.contains(action.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT))) {
			p.problem(node, "'" + name + "' of create_foreign_key must be one of "
					+ String.join(", ", CreateForeignKey.ACTIONS) + "; found '" + action + "'");
			return null;
		}
		return action;
	}

	private static @Nullable Operation createUniqueConstraint(Parameters p) {
		String constraintName = constraintName(p);
		String tableName = p.requiredString("table_name");
		List<String> columns = p.requiredNames("columns");
		String schema = p.string("schema");
		DialectOptions options = p.finish(true);
		return build(p, () -> new CreateUniqueConstraint(constraintName, tableName, columns, schema, options));
	}

	private static @Nullable Operation createCheckConstraint(Parameters p) {
		String constraintName = constraintName(p);
		String tableName = p.requiredString("table_name");
		String condition = p.requiredString("condition");
		String schema = p.string("schema");
		DialectOptions options = p.finish(true);
		return build(p, () -> new CreateCheckConstraint(constraintName, tableName, condition, schema, options));
	}

	private static @Nullable Operation createPrimaryKey(Parameters p) {
		String constraintName = constraintName(p);
		String tableName = p.requiredString("table_name");
		List<String> columns = p.requiredNames("columns");
		String schema = p.string("schema");
		p.finish(false);
		return build(p, () -> new CreatePrimaryKey(constraintName, tableName, columns, schema));
	}

	/**
	 * Alembic's {@code constraint_name} is positional but may be {@code None}: here it must be
	 * written, and {@code null} lets the database name the constraint.
	 */
	private static @Nullable String constraintName(Parameters p) {
		if (!p.has("constraint_name")) {
			p.problem(p.at(), "missing parameter 'constraint_name' of " + p.owner()
					+ " (write 'constraint_name: null' to let the database name it)");
			return null;
		}
		return p.string("constraint_name");
	}

	private static @Nullable Operation dropConstraint(Parameters p) {
		String constraintName = p.requiredString("constraint_name");
		String tableName = p.requiredString("table_name");
		ConstraintType type = null;
		String keyword = p.string("type");
		if (keyword != null) {
			type = ConstraintType.forKeyword(keyword);
			if (type == null) {
				Node node = p.node("type");
				p.problem((node != null) ? node : p.at(), "'type' of drop_constraint must be one of foreignkey, unique, "
						+ "check, primary; found '" + keyword + "'");
			}
		}
		String schema = p.string("schema");
		p.finish(false);
		ConstraintType constraintType = type;
		return build(p, () -> new DropConstraint(constraintName, tableName, constraintType, schema));
	}

	private static @Nullable Operation execute(Parameters p) {
		String sql = p.requiredString("sql");
		p.finish(false);
		if (sql != null && sql.isBlank()) {
			p.problem(p.at(), "'sql' of execute is empty");
		}
		return build(p, () -> execute(sql));
	}

	private static Execute execute(String sql) {
		String statement = sql.strip();
		if (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1).strip();
		}
		return new Execute(statement);
	}

	private static @Nullable Operation bulkInsert(Parameters p) {
		String tableName = p.requiredString("table_name");
		List<Map<String, @Nullable Object>> rows = p.maps("rows", true, "[" + ROW_EXAMPLE + "]",
				(map) -> row(map, p));
		String schema = p.string("schema");
		p.finish(false);
		return build(p, () -> new BulkInsert(tableName, rows, schema));
	}

	private static @Nullable Map<String, @Nullable Object> row(MappingNode mapping, Parameters operation) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		boolean ok = true;
		for (NodeTuple tuple : mapping.getValue()) {
			Node key = tuple.getKeyNode();
			Node value = tuple.getValueNode();
			String column = PlainValues.text(key);
			if (!(key instanceof ScalarNode) || Parameters.isNull(key)) {
				operation.problem(key, "a column of a row of bulk_insert must be a plain name; found "
						+ PlainValues.describe(key));
				ok = false;
			}
			else if (row.containsKey(column)) {
				operation.problem(key, "'" + column + "' is given twice in a row of bulk_insert; remove one");
				ok = false;
			}
			else if (!(value instanceof ScalarNode scalar)) {
				operation.problem(value, "the value of '" + column + "' in a row of bulk_insert must be a single value; "
						+ "found " + PlainValues.describe(value));
				ok = false;
			}
			else {
				row.put(column, PlainValues.scalar(scalar));
			}
		}
		return ok ? Collections.unmodifiableMap(row) : null;
	}

	/**
	 * Reads a column: {@code {name: id, type: string(36), primary_key: true}}.
	 * @param mapping the column's map
	 * @param operation the operation's parameters, for its name in messages
	 * @param defaultName the name when the map gives none (drop_column's column_name), or
	 * {@code null} if the map must give it
	 */
	private static @Nullable Column column(MappingNode mapping, Parameters operation, @Nullable String defaultName) {
		String named = null;
		for (NodeTuple tuple : mapping.getValue()) {
			if ("name".equals(PlainValues.text(tuple.getKeyNode()))) {
				named = PlainValues.text(tuple.getValueNode());
			}
		}
		String owner = (named != null) ? "column '" + named + "' of " + operation.owner()
				: "a column of " + operation.owner();
		Parameters p = new Parameters("key", owner, mapping, mapping, operation.problems());
		String name = (defaultName != null && !p.has("name")) ? defaultName : p.requiredString("name");
		ColumnType type = p.requiredType("type");
		Boolean nullable = p.optionalFlag("nullable");
		boolean primaryKey = p.flag("primary_key", false);
		String serverDefault = p.string("server_default");
		boolean unique = p.flag("unique", false);
		String comment = p.string("comment");
		Boolean autoincrement = p.optionalFlag("autoincrement");
		DialectOptions options = p.finish(true);
		if (!p.ok()) {
			return null;
		}
		try {
			return new Column(name, type, (nullable != null) ? nullable : !primaryKey, primaryKey, serverDefault, unique,
					comment, autoincrement, options);
		}
		catch (IllegalArgumentException ex) {
			p.problem(mapping, ex.getMessage());
			return null;
		}
	}

}
