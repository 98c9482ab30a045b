package dev.migration.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreateTable;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static dev.migration.operation.Operations.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rendered SQL on a real PostgreSQL, checked in {@code pg_catalog} and JDBC metadata.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresDialectDatabaseTests extends AbstractDialectDatabaseTests {

	private static final SchemaSnapshot.Catalog CATALOG = new SchemaSnapshot.Catalog() {

		@Override
		public SchemaSnapshot.Location location(Connection connection, @Nullable String schema) {
			return new SchemaSnapshot.Location(null, (schema != null) ? schema : "public");
		}

		@Override
		public Map<String, String> columnTypes(Connection connection, SchemaSnapshot.Location location, String table)
				throws SQLException {
			return SchemaSnapshot.pairs(connection, "SELECT a.attname, format_type(a.atttypid, a.atttypmod)"
					+ " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n"
					+ " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0"
					+ " AND NOT a.attisdropped ORDER BY a.attnum", location.schema(), table);
		}

	};

	@Override
	protected SchemaSnapshot.Catalog catalog() {
		return CATALOG;
	}

	@Override
	protected Map<String, String> expectedSampleTypes() {
		return Map.ofEntries(Map.entry("id", "integer"), Map.entry("c_string", "character varying(100)"),
				Map.entry("c_text", "text"), Map.entry("c_integer", "integer"), Map.entry("c_bigint", "bigint"),
				Map.entry("c_smallint", "smallint"), Map.entry("c_boolean", "boolean"),
				Map.entry("c_numeric", "numeric(10,2)"), Map.entry("c_float", "real"),
				Map.entry("c_double", "double precision"), Map.entry("c_date", "date"),
				Map.entry("c_time", "time without time zone"), Map.entry("c_timestamp", "timestamp without time zone"),
				Map.entry("c_timestamp3", "timestamp(3) without time zone"),
				Map.entry("c_timestamptz", "timestamp with time zone"), Map.entry("c_uuid", "uuid"),
				Map.entry("c_json", "json"), Map.entry("c_jsonb", "jsonb"), Map.entry("c_binary", "bytea"),
				Map.entry("c_binary16", "bytea"));
	}

	@Override
	protected String otherSchema(Connection connection) throws SQLException {
		execute("CREATE SCHEMA IF NOT EXISTS app");
		return "app";
	}

	@Test
	void aConcurrentIndexFailsInATransactionAndIsBuiltInAutocommit() throws SQLException {
		apply(new CreateTable("documents", List.of(column("id", "integer").primaryKey(true).build(),
				column("title", "string(200)").build())));
		CreateIndex concurrent = CreateIndex.builder("ix_documents_title", "documents", List.of("title"))
			.postgresqlConcurrently(true)
			.postgresqlWhere("title IS NOT NULL")
			.build();
		String sql = dialect().render(concurrent).get(0);
		assertThat(dialect().requiresAutocommit(sql)).isTrue();
		connection().setAutoCommit(false);
		try (Statement statement = connection().createStatement()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute(sql))
				.withMessageContaining("cannot run inside a transaction block");
		}
		finally {
			connection().rollback();
			connection().setAutoCommit(true);
		}
		apply(concurrent);
		assertThat(strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_documents_title'")).containsExactly(
				"CREATE INDEX ix_documents_title ON public.documents USING btree (title) WHERE (title IS NOT NULL)");
		apply(concurrent.reverse().orElseThrow());
		assertThat(strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_documents_title'")).isEmpty();
	}

}
