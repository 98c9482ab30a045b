package dev.migration.operation;

import org.jspecify.annotations.Nullable;

/**
 * Renames a table: Alembic's {@code op.rename_table}. Reversed by renaming it back.
 *
 * @param oldTableName the table's current name
 * @param newTableName its new name
 * @param schema the table's schema, or {@code null} for the default one
 */
public record RenameTable(String oldTableName, String newTableName, @Nullable String schema) implements Reversible {

	public RenameTable {
		Checks.name(oldTableName, "rename_table", "old_table_name");
		Checks.name(newTableName, "rename_table", "new_table_name");
		Checks.optionalName(schema, "rename_table", "schema");
	}

	/**
	 * Renames a table in the default schema.
	 * @param oldTableName the table's current name
	 * @param newTableName its new name
	 */
	public RenameTable(String oldTableName, String newTableName) {
		this(oldTableName, newTableName, null);
	}

	@Override
	public String name() {
		return "rename_table";
	}

	@Override
	public Inverse reverse() {
		return Inverse.reversed(new RenameTable(this.newTableName, this.oldTableName, this.schema));
	}

}
