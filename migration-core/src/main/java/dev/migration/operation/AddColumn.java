package dev.migration.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Adds a column to a table: Alembic's {@code op.add_column}. Reversed by a {@link DropColumn}
 * that remembers the column, so that it can be reversed again.
 *
 * @param tableName the table
 * @param column the column to add
 * @param schema the table's schema, or {@code null} for the default one
 */
public record AddColumn(String tableName, Column column, @Nullable String schema) implements Reversible {

	public AddColumn {
		Checks.name(tableName, "add_column", "table_name");
		Objects.requireNonNull(column, "add_column needs a 'column'");
		Checks.optionalName(schema, "add_column", "schema");
	}

	/**
	 * Adds a column to a table in the default schema.
	 * @param tableName the table
	 * @param column the column to add
	 */
	public AddColumn(String tableName, Column column) {
		this(tableName, column, null);
	}

	@Override
	public String name() {
		return "add_column";
	}

	@Override
	public Inverse reverse() {
		return Inverse.reversed(new DropColumn(this.tableName, this.column.name(), this.schema, this.column,
				DialectOptions.NONE));
	}

}
