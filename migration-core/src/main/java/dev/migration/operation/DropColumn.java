package dev.migration.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Drops a column from a table: Alembic's {@code op.drop_column}. As in Alembic it can be reversed
 * only when it carries the dropped column's definition.
 *
 * @param tableName the table
 * @param columnName the column to drop
 * @param schema the table's schema, or {@code null} for the default one
 * @param column the dropped column's definition, named {@code columnName}, for the inverse; or
 * {@code null}
 * @param dialectOptions options for particular databases, such as {@code mssql_drop_default}
 */
public record DropColumn(String tableName, String columnName, @Nullable String schema, @Nullable Column column,
		DialectOptions dialectOptions) implements Reversible {

	public DropColumn {
		Checks.name(tableName, "drop_column", "table_name");
		Checks.name(columnName, "drop_column", "column_name");
		Checks.optionalName(schema, "drop_column", "schema");
		if (column != null && !column.name().equals(columnName)) {
			throw new IllegalArgumentException("the 'column' of drop_column is named '" + column.name()
					+ "', but 'column_name' is '" + columnName + "'");
		}
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Drops a column, not remembering its definition: the operation cannot be reversed.
	 * @param tableName the table
	 * @param columnName the column to drop
	 */
	public DropColumn(String tableName, String columnName) {
		this(tableName, columnName, null, null, DialectOptions.NONE);
	}

	@Override
	public String name() {
		return "drop_column";
	}

	@Override
	public Inverse reverse() {
		if (this.column == null) {
			return Inverse.irreversible("drop_column of '" + this.tableName + "." + this.columnName
					+ "' does not carry the dropped column's definition; give its 'column' (type, nullable, ...) "
					+ "to make it reversible");
		}
		return Inverse.reversed(new AddColumn(this.tableName, this.column, this.schema));
	}

}
