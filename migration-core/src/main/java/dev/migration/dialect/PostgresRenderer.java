package dev.migration.dialect;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.DropIndex;

/**
 * PostgreSQL's spelling of the operations: {@code ALTER COLUMN ... TYPE ... USING},
 * {@code CREATE INDEX CONCURRENTLY} (which {@link PostgresDialect#requiresAutocommit(String)}
 * sends to autocommit), partial and covering indexes, {@code NOT VALID} constraints.
 * <p>
 * Options read (with the {@code postgresql_} prefix): {@code using} on {@code alter_column} (the
 * conversion expression) and on {@code create_index} (the index method, such as {@code gin});
 * {@code include} on {@code create_index} (a column or a list of columns); {@code not_valid} on
 * {@code create_foreign_key} and {@code create_check_constraint}.
 */
final class PostgresRenderer extends OperationRenderer {

	PostgresRenderer(Dialect dialect) {
		super(dialect, "PostgreSQL", new Types(), SqlLiterals.postgres(dialect), List.of("postgresql"));
	}

	@Override
	protected Set<String> alterColumnOptions() {
		return Set.of("using");
	}

	@Override
	protected String changeType(String sqlType, Options options) {
		String using = options.string("using");
		return "TYPE " + sqlType + ((using != null) ? " USING " + using : "");
	}

	@Override
	protected String createIndex(CreateIndex op) {
		Options options = options(op.dialectOptions(), Set.of("using", "include"), subject(op));
		String using = options.string("using");
		List<String> include = include(options);
		return "CREATE " + (op.unique() ? "UNIQUE " : "") + "INDEX " + (op.postgresqlConcurrently() ? "CONCURRENTLY " : "")
				+ (op.ifNotExists() ? "IF NOT EXISTS " : "") + name(op.indexName()) + " ON "
				+ table(op.schema(), op.tableName()) + ((using != null) ? " USING " + using : "") + " "
				+ columnList(op.columns()) + (include.isEmpty() ? "" : " INCLUDE " + columnList(include))
				+ ((op.postgresqlWhere() != null) ? " WHERE " + op.postgresqlWhere() : "");
	}

	private static List<String> include(Options options) {
		Object include = options.get("include");
		if (include == null) {
			return List.of();
		}
		if (include instanceof List<?> names && !names.isEmpty()) {
			return names.stream().map(Object::toString).toList();
		}
		if (include instanceof String name && !name.isBlank()) {
			return List.of(name.strip());
		}
		throw new MigrationException(options.subject() + ": the option '" + options.fullName("include")
				+ "' must name a column or a list of columns; found '" + include + "'");
	}

	@Override
	protected String dropIndex(DropIndex op) {
		return "DROP INDEX " + (op.postgresqlConcurrently() ? "CONCURRENTLY " : "") + (op.ifExists() ? "IF EXISTS " : "")
				+ table(op.schema(), op.indexName());
	}

	@Override
	protected Set<String> constraintOptions() {
		return Set.of("not_valid");
	}

	@Override
	protected String constraintSuffix(Options options) {
		return options.flag("not_valid") ? " NOT VALID" : "";
	}

	/**
	 * PostgreSQL's types: {@code TEXT}, {@code REAL}, {@code DOUBLE PRECISION},
	 * {@code TIMESTAMP WITHOUT TIME ZONE}, {@code TIMESTAMPTZ}, {@code UUID}, {@code JSONB},
	 * {@code BYTEA} (a binary length is ignored, as SQLAlchemy does).
	 */
	static final class Types extends TypeMapping {

		@Override
		protected String text() {
			return "TEXT";
		}

		@Override
		protected String timestamp(@Nullable Integer precision) {
			return "TIMESTAMP" + arguments(precision, null) + " WITHOUT TIME ZONE";
		}

		@Override
		protected String timestampWithTimeZone(@Nullable Integer precision) {
			return "TIMESTAMPTZ" + arguments(precision, null);
		}

		@Override
		protected String jsonb() {
			return "JSONB";
		}

		@Override
		protected String binary(@Nullable Integer length) {
			return "BYTEA";
		}

	}

}
