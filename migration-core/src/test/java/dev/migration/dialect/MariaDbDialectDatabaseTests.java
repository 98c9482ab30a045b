package dev.migration.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.CreateTable;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static dev.migration.operation.Operations.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered SQL on a real MariaDB, checked in {@code information_schema} and JDBC metadata.
 */
@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbDialectDatabaseTests extends AbstractDialectDatabaseTests {

	private static final SchemaSnapshot.Catalog CATALOG = new SchemaSnapshot.Catalog() {

		@Override
		public SchemaSnapshot.Location location(Connection connection, @Nullable String schema) throws SQLException {
			return new SchemaSnapshot.Location((schema != null) ? schema : connection.getCatalog(), null);
		}

		@Override
		public Map<String, String> columnTypes(Connection connection, SchemaSnapshot.Location location, String table)
				throws SQLException {
			return SchemaSnapshot.pairs(connection, "SELECT column_name, column_type FROM information_schema.columns"
					+ " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position", location.catalog(), table);
		}

	};

	@Override
	protected SchemaSnapshot.Catalog catalog() {
		return CATALOG;
	}

	@Override
	protected Map<String, String> expectedSampleTypes() {
		return Map.ofEntries(Map.entry("id", "int(11)"), Map.entry("c_string", "varchar(100)"),
				Map.entry("c_text", "text"), Map.entry("c_integer", "int(11)"), Map.entry("c_bigint", "bigint(20)"),
				Map.entry("c_smallint", "smallint(6)"), Map.entry("c_boolean", "tinyint(1)"),
				Map.entry("c_numeric", "decimal(10,2)"), Map.entry("c_float", "float"), Map.entry("c_double", "double"),
				Map.entry("c_date", "date"), Map.entry("c_time", "time"), Map.entry("c_timestamp", "datetime"),
				Map.entry("c_timestamp3", "datetime(3)"), Map.entry("c_timestamptz", "timestamp"),
				Map.entry("c_uuid", "char(36)"), Map.entry("c_json", "longtext"), Map.entry("c_jsonb", "longtext"),
				Map.entry("c_binary", "blob"), Map.entry("c_binary16", "varbinary(16)"));
	}

	@Override
	protected String otherSchema(Connection connection) throws SQLException {
		// The test's own database, named explicitly: qualified names then point at it.
		return connection.getCatalog();
	}

	@Override
	protected boolean canDropAnIndexAForeignKeyUses() {
		return false;
	}

	@Test
	void timestampsKeepTheirNullabilityAndGetNoAutomaticUpdateWhenTheServerAddsThemImplicitly() throws SQLException {
		execute("SET SESSION explicit_defaults_for_timestamp = OFF");
		apply(new CreateTable("visits", List.of(column("id", "integer").primaryKey(true).build(),
				column("seen_at", "timestamp with time zone").build(),
				column("created_at", "timestamp with time zone").nullable(false).serverDefault("CURRENT_TIMESTAMP").build())),
				new AddColumn("visits", column("left_at", "timestamp with time zone").build()));
		assertThat(strings("SELECT CONCAT(column_name, ' ', is_nullable, ' ', COALESCE(column_default, 'none'), ' ',"
				+ " extra) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'visits'"
				+ " AND column_name <> 'id' ORDER BY ordinal_position"))
			.containsExactly("seen_at YES NULL ", "created_at NO current_timestamp() ", "left_at YES NULL ");
	}

	@Test
	void restatingAColumnKeepsTheDefaultAndCommentItWasToldAbout() throws SQLException {
		apply(new CreateTable("accounts", List.of(column("id", "integer").primaryKey(true).build(),
				column("status", "string(20)").nullable(false).serverDefault("'active'").comment("What it is").build())));
		apply(AlterColumn.builder("accounts", "status")
			.type("string(40)")
			.existingType("string(20)")
			.existingNullable(false)
			.existingServerDefault("'active'")
			.existingComment("What it is")
			.build());
		assertThat(describe(null, "accounts"))
			.contains("column status varchar(40) not null default 'active' comment 'What it is'");
		apply(AlterColumn.builder("accounts", "status").nullable(true).existingType("string(40)").build());
		assertThat(describe(null, "accounts")).as("existing_server_default and existing_comment not given: dropped")
			.contains("column status varchar(40) null");
	}

}
