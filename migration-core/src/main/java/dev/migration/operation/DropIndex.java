package dev.migration.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Drops an index: Alembic's {@code op.drop_index}. As in Alembic it can be reversed only when it
 * carries the index's definition: its table and columns (and whether it is unique, its
 * {@code postgresql_where} and options). {@code if_exists} becomes {@code if_not_exists}.
 *
 * @param indexName the index
 * @param tableName the table it indexes, or {@code null}; some databases (MySQL, MariaDB) need it
 * to drop the index, and the inverse needs it
 * @param schema the schema, or {@code null} for the default one
 * @param postgresqlConcurrently whether PostgreSQL drops it without locking
 * ({@code DROP INDEX CONCURRENTLY}, outside a transaction); ignored by other databases
 * @param ifExists whether to drop it only if it exists
 * @param columns the dropped index's columns, for the inverse; empty when not known
 * @param unique whether the dropped index is unique, for the inverse
 * @param postgresqlWhere the dropped index's partial-index condition, for the inverse, or
 * {@code null}
 * @param dialectOptions options for particular databases
 */
public record DropIndex(String indexName, @Nullable String tableName, @Nullable String schema,
		boolean postgresqlConcurrently, boolean ifExists, List<String> columns, boolean unique,
		@Nullable String postgresqlWhere, DialectOptions dialectOptions) implements Reversible {

	public DropIndex {
		Checks.name(indexName, "drop_index", "index_name");
		Checks.optionalName(tableName, "drop_index", "table_name");
		Checks.optionalName(schema, "drop_index", "schema");
		Objects.requireNonNull(columns, "columns");
		columns = Checks.distinctNames(columns, "drop_index", "columns");
		if (tableName == null && !columns.isEmpty()) {
			throw new IllegalArgumentException("drop_index of '" + indexName
					+ "' gives the index's 'columns' but not its 'table_name'; give both to make it reversible");
		}
		Checks.optionalName(postgresqlWhere, "drop_index", "postgresql_where");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
		Checks.notAmong(dialectOptions, "drop_index", "postgresql_concurrently", "postgresql_where");
	}

	/**
	 * Drops an index, not remembering its definition: the operation cannot be reversed.
	 * @param indexName the index
	 * @param tableName the table it indexes, or {@code null}
	 */
	public DropIndex(String indexName, @Nullable String tableName) {
		this(indexName, tableName, null, false, false, List.of(), false, null, DialectOptions.NONE);
	}

	/**
	 * Starts a drop_index.
	 * @param indexName the index
	 * @return a builder
	 */
	public static Builder builder(String indexName) {
		return new Builder(indexName);
	}

	@Override
	public String name() {
		return "drop_index";
	}

	@Override
	public Inverse reverse() {
		if (this.tableName == null || this.columns.isEmpty()) {
			return Inverse.irreversible("drop_index of '" + this.indexName
					+ "' does not carry the dropped index's definition; give its 'table_name' and 'columns' "
					+ "(and 'unique' if it is) to make it reversible");
		}
		return Inverse.reversed(new CreateIndex(this.indexName, this.tableName, this.columns, this.unique,
				this.schema, this.postgresqlConcurrently, this.postgresqlWhere, this.ifExists, this.dialectOptions));
	}

	/**
	 * Builds a {@link DropIndex}.
	 */
	public static final class Builder {

		private final String indexName;

		private @Nullable String tableName;

		private @Nullable String schema;

		private boolean postgresqlConcurrently;

		private boolean ifExists;

		private List<String> columns = List.of();

		private boolean unique;

		private @Nullable String postgresqlWhere;

		private final Map<String, Object> dialectOptions = new LinkedHashMap<>();

		private Builder(String indexName) {
			this.indexName = indexName;
		}

		/**
		 * Sets the table the index belongs to.
		 * @param tableName the table
		 * @return this builder
		 */
		public Builder tableName(@Nullable String tableName) {
			this.tableName = tableName;
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
		 * Makes PostgreSQL drop the index without locking.
		 * @param concurrently whether to
		 * @return this builder
		 */
		public Builder postgresqlConcurrently(boolean concurrently) {
			this.postgresqlConcurrently = concurrently;
			return this;
		}

		/**
		 * Drops the index only if it exists.
		 * @param ifExists whether to
		 * @return this builder
		 */
		public Builder ifExists(boolean ifExists) {
			this.ifExists = ifExists;
			return this;
		}

		/**
		 * Remembers the dropped index's columns, making the operation reversible (with
		 * {@link #tableName(String)}).
		 * @param columns the columns, in order
		 * @return this builder
		 */
		public Builder columns(String... columns) {
			this.columns = List.of(columns);
			return this;
		}

		/**
		 * Remembers whether the dropped index is unique.
		 * @param unique whether it is
		 * @return this builder
		 */
		public Builder unique(boolean unique) {
			this.unique = unique;
			return this;
		}

		/**
		 * Remembers the dropped index's partial-index condition.
		 * @param where the condition, as SQL text
		 * @return this builder
		 */
		public Builder postgresqlWhere(@Nullable String where) {
			this.postgresqlWhere = where;
			return this;
		}

		/**
		 * Adds an option for a particular database.
		 * @param name the option's full name
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
		public DropIndex build() {
			return new DropIndex(this.indexName, this.tableName, this.schema, this.postgresqlConcurrently,
					this.ifExists, this.columns, this.unique, this.postgresqlWhere,
					DialectOptions.of(this.dialectOptions));
		}

	}

}
