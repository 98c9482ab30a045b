package dev.migration.lint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;

/**
 * The column types the revisions declared so far, followed in upgrade order, so that a type
 * change written without its {@code existing_type} (as SQL always is) can still be judged.
 * Best effort: a column created by a statement the lint does not read stays unknown.
 */
final class KnownColumns {

	private final Map<String, Map<String, ColumnType>> tables = new HashMap<>();

	/**
	 * Returns the type a column was last declared with.
	 * @param table the table
	 * @param column the column
	 * @return the type, or {@code null} when unknown
	 */
	@Nullable ColumnType type(String table, String column) {
		Map<String, ColumnType> columns = this.tables.get(table);
		return (columns != null) ? columns.get(column) : null;
	}

	/**
	 * Follows a change.
	 * @param change the change
	 */
	void apply(Change change) {
		if (change instanceof Change.CreateTable create) {
			this.tables.put(create.table(), new LinkedHashMap<>(create.columns()));
		}
		else if (change instanceof Change.DropTable drop) {
			this.tables.remove(drop.table());
		}
		else if (change instanceof Change.RenameTable rename) {
			Map<String, ColumnType> columns = this.tables.remove(rename.from());
			if (columns != null) {
				this.tables.put(rename.to(), columns);
			}
		}
		else if (change instanceof Change.AddColumn add && add.type() != null) {
			this.tables.computeIfAbsent(add.table(), (table) -> new LinkedHashMap<>()).put(add.column(), add.type());
		}
		else if (change instanceof Change.DropColumn drop) {
			columns(drop.table()).remove(drop.column());
		}
		else if (change instanceof Change.RenameColumn rename) {
			ColumnType type = columns(rename.table()).remove(rename.from());
			if (type != null) {
				columns(rename.table()).put(rename.to(), type);
			}
		}
		else if (change instanceof Change.ChangeType type) {
			this.tables.computeIfAbsent(type.table(), (table) -> new LinkedHashMap<>()).put(type.column(), type.type());
		}
	}

	private Map<String, ColumnType> columns(String table) {
		return this.tables.getOrDefault(table, new HashMap<>());
	}

}
