package dev.migration.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Creates a table: Alembic's {@code op.create_table}. Reversed by a {@link DropTable} that
 * remembers the definition, so that it can be reversed again.
 *
 * @param tableName the table
 * @param columns its columns, at least one, with distinct names
 * @param schema the schema, or {@code null} for the default one
 * @param comment the table's comment, or {@code null}
 * @param dialectOptions options for particular databases, such as {@code mysql_engine}
 */
public record CreateTable(String tableName, List<Column> columns, @Nullable String schema, @Nullable String comment,
		DialectOptions dialectOptions) implements Reversible {

	public CreateTable {
		Checks.name(tableName, "create_table", "table_name");
		columns = Checks.columns(columns, "create_table", true);
		Checks.optionalName(schema, "create_table", "schema");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Creates a table in the default schema, with no comment or options.
	 * @param tableName the table
	 * @param columns its columns
	 */
	public CreateTable(String tableName, List<Column> columns) {
		this(tableName, columns, null, null, DialectOptions.NONE);
	}

	/**
	 * Starts a create_table.
	 * @param tableName the table
	 * @return a builder
	 */
	public static Builder builder(String tableName) {
		return new Builder(tableName);
	}

	@Override
	public String name() {
		return "create_table";
	}

	@Override
	public Inverse reverse() {
		return Inverse.reversed(
				new DropTable(this.tableName, this.schema, this.columns, this.comment, this.dialectOptions));
	}

	/**
	 * Builds a {@link CreateTable}.
	 */
	public static final class Builder {

		private final String tableName;

		private final List<Column> columns = new ArrayList<>();

		private @Nullable String schema;

		private @Nullable String comment;

		private final Map<String, Object> dialectOptions = new LinkedHashMap<>();

		private Builder(String tableName) {
			this.tableName = tableName;
		}

		/**
		 * Adds a column.
		 * @param column the column
		 * @return this builder
		 */
		public Builder column(Column.Builder column) {
			return column(column.build());
		}

		/**
		 * Adds a column.
		 * @param column the column
		 * @return this builder
		 */
		public Builder column(Column column) {
			this.columns.add(column);
			return this;
		}

		/**
		 * Sets the schema.
		 * @param schema the schema, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Sets the table's comment.
		 * @param comment the comment, or {@code null}
		 * @return this builder
		 */
		public Builder comment(@Nullable String comment) {
			this.comment = comment;
			return this;
		}

		/**
		 * Adds an option for a particular database.
		 * @param name the option's full name, for example {@code mysql_engine}
		 * @param value its value
		 * @return this builder
		 */
		public Builder dialectOption(String name, Object value) {
			this.dialectOptions.put(name, value);
			return this;
		}

		/**
		 * Builds the operation.
		 * @return the operation
		 */
		public CreateTable build() {
			return new CreateTable(this.tableName, this.columns, this.schema, this.comment,
					DialectOptions.of(this.dialectOptions));
		}

	}

}
