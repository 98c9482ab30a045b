package dev.migration.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Creates an index: Alembic's {@code op.create_index}. Reversed by a {@link DropIndex} that
 * remembers the definition, so that it can be reversed again; {@code if_not_exists} becomes
 * {@code if_exists}.
 *
 * @param indexName the index
 * @param tableName the table it indexes
 * @param columns the indexed columns, in order
 * @param unique whether the index is unique
 * @param schema the table's schema, or {@code null} for the default one
 * @param postgresqlConcurrently whether PostgreSQL builds it without locking writes
 * ({@code CREATE INDEX CONCURRENTLY}, which cannot run in a transaction: make the revision
 * {@code transactional: false}); ignored by other databases
 * @param postgresqlWhere the condition of a PostgreSQL partial index, as SQL text, or
 * {@code null}; ignored by other databases
 * @param ifNotExists whether to create it only if it does not exist yet
 * @param dialectOptions other options for particular databases, such as {@code postgresql_using}
 * or {@code mysql_length}
 */
public record CreateIndex(String indexName, String tableName, List<String> columns, boolean unique,
		@Nullable String schema, boolean postgresqlConcurrently, @Nullable String postgresqlWhere, boolean ifNotExists,
		DialectOptions dialectOptions) implements Reversible {

	public CreateIndex {
		Checks.name(indexName, "create_index", "index_name");
		Checks.name(tableName, "create_index", "table_name");
		columns = Checks.names(columns, "create_index", "columns");
		Checks.optionalName(schema, "create_index", "schema");
		Checks.optionalName(postgresqlWhere, "create_index", "postgresql_where");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
		Checks.notAmong(dialectOptions, "create_index", "postgresql_concurrently", "postgresql_where");
	}

	/**
	 * Creates a plain index in the default schema.
	 * @param indexName the index
	 * @param tableName the table it indexes
	 * @param columns the indexed columns, in order
	 */
	public CreateIndex(String indexName, String tableName, List<String> columns) {
		this(indexName, tableName, columns, false, null, false, null, false, DialectOptions.NONE);
	}

	/**
	 * Starts a create_index.
	 * @param indexName the index
	 * @param tableName the table it indexes
	 * @param columns the indexed columns, in order
	 * @return a builder
	 */
	public static Builder builder(String indexName, String tableName, List<String> columns) {
		return new Builder(indexName, tableName, columns);
	}

	@Override
	public String name() {
		return "create_index";
	}

	@Override
	public Inverse reverse() {
		return Inverse.reversed(new DropIndex(this.indexName, this.tableName, this.schema, this.postgresqlConcurrently,
				this.ifNotExists, this.columns, this.unique, this.postgresqlWhere, this.dialectOptions));
	}

	/**
	 * Builds a {@link CreateIndex}.
	 */
	public static final class Builder {

		private final String indexName;

		private final String tableName;

		private final List<String> columns;

		private boolean unique;

		private @Nullable String schema;

		private boolean postgresqlConcurrently;

		private @Nullable String postgresqlWhere;

		private boolean ifNotExists;

		private final Map<String, Object> dialectOptions = new LinkedHashMap<>();

		private Builder(String indexName, String tableName, List<String> columns) {
			this.indexName = indexName;
			this.tableName = tableName;
			this.columns = columns;
		}

		/**
		 * Makes the index unique, or not.
		 * @param unique whether it is unique
		 * @return this builder
		 */
		public Builder unique(boolean unique) {
			this.unique = unique;
			return this;
		}

		/**
		 * Sets the table's schema.
		 * @param schema the schema, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Makes PostgreSQL build the index without locking writes.
		 * @param concurrently whether to
		 * @return this builder
		 */
		public Builder postgresqlConcurrently(boolean concurrently) {
			this.postgresqlConcurrently = concurrently;
			return this;
		}

		/**
		 * Makes the index a PostgreSQL partial index.
		 * @param where the condition, as SQL text
		 * @return this builder
		 */
		public Builder postgresqlWhere(@Nullable String where) {
			this.postgresqlWhere = where;
			return this;
		}

		/**
		 * Creates the index only if it does not exist yet.
		 * @param ifNotExists whether to
		 * @return this builder
		 */
		public Builder ifNotExists(boolean ifNotExists) {
			this.ifNotExists = ifNotExists;
			return this;
		}

		/**
		 * Adds an option for a particular database.
		 * @param name the option's full name, for example {@code postgresql_using}
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
		public CreateIndex build() {
			return new CreateIndex(this.indexName, this.tableName, this.columns, this.unique, this.schema,
					this.postgresqlConcurrently, this.postgresqlWhere, this.ifNotExists,
					DialectOptions.of(this.dialectOptions));
		}

	}

}
