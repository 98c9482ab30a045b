package dev.migration.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.Column;
import dev.migration.operation.ColumnType;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreateTable;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropTable;
import dev.migration.operation.Execute;
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;

/**
 * Reads what one operation does to the schema, for the lint rules: raw SQL through
 * {@link SqlChanges}, the other operations from their fields.
 */
final class OperationChanges {

	private OperationChanges() {
	}

	/**
	 * Reads what an operation changes.
	 * @param operation the operation
	 * @param line the line of the revision file that declares it, or 0
	 * @return the changes, in order; none for operations the rules do not look at
	 */
	static List<Change> of(Operation operation, int line) {
		if (operation instanceof Execute execute) {
			return SqlChanges.of(execute.sql(), line);
		}
		if (operation instanceof CreateTable create) {
			Map<String, ColumnType> columns = new LinkedHashMap<>();
			create.columns().forEach((column) -> columns.put(name(column.name()), column.type()));
			return List.of(new Change.CreateTable(name(create.tableName()), columns, line));
		}
		if (operation instanceof AddColumn add) {
			Column column = add.column();
			return List.of(new Change.AddColumn(name(add.tableName()), name(column.name()), column.type(),
					!column.nullable(), column.serverDefault() != null, Boolean.TRUE.equals(column.autoincrement()), line));
		}
		if (operation instanceof DropColumn drop) {
			return List.of(new Change.DropColumn(name(drop.tableName()), name(drop.columnName()), line));
		}
		if (operation instanceof DropTable drop) {
			return List.of(new Change.DropTable(name(drop.tableName()), line));
		}
		if (operation instanceof RenameTable rename) {
			return List.of(new Change.RenameTable(name(rename.oldTableName()), name(rename.newTableName()), line));
		}
		if (operation instanceof CreateIndex index) {
			return List.of(new Change.CreateIndex(name(index.indexName()), name(index.tableName()),
					index.postgresqlConcurrently(), line));
		}
		if (operation instanceof AlterColumn alter) {
			return alterColumn(alter, line);
		}
		return List.of();
	}

	private static List<Change> alterColumn(AlterColumn alter, int line) {
		String table = name(alter.tableName());
		String column = name(alter.columnName());
		List<Change> changes = new ArrayList<>();
		if (alter.type() != null) {
			changes.add(new Change.ChangeType(table, column, alter.type(), alter.existingType(), line));
		}
		if (Boolean.FALSE.equals(alter.nullable())) {
			changes.add(new Change.SetNotNull(table, column, line));
		}
		if (alter.newColumnName() != null) {
			changes.add(new Change.RenameColumn(table, column, name(alter.newColumnName()), line));
		}
		return changes;
	}

	private static String name(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
