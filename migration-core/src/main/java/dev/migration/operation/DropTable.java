package dev.migration.operation;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Drops a table: Alembic's {@code op.drop_table}. As in Alembic it can be reversed only when it
 * carries the table's full definition: its columns (and comment and options).
 *
 * @param tableName the table
 * @param schema the schema, or {@code null} for the default one
 * @param columns the dropped table's columns, for the inverse; empty when not known
 * @param comment the dropped table's comment, or {@code null}
 * @param dialectOptions options for particular databases
 */
public record DropTable(String tableName, @Nullable String schema, List<Column> columns, @Nullable String comment,
		DialectOptions dialectOptions) implements Reversible {

	public DropTable {
		Checks.name(tableName, "drop_table", "table_name");
		Checks.optionalName(schema, "drop_table", "schema");
		columns = Checks.columns(columns, "drop_table", false);
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Drops a table, not remembering its definition: the operation cannot be reversed.
	 * @param tableName the table
	 */
	public DropTable(String tableName) {
		this(tableName, null, List.of(), null, DialectOptions.NONE);
	}

	@Override
	public String name() {
		return "drop_table";
	}

	@Override
	public Inverse reverse() {
		if (this.columns.isEmpty()) {
			return Inverse.irreversible("drop_table of '" + this.tableName
					+ "' does not carry the dropped table's definition; give its 'columns' to make it reversible");
		}
		return Inverse.reversed(
				new CreateTable(this.tableName, this.columns, this.schema, this.comment, this.dialectOptions));
	}

}
