package dev.migration.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migration.operation.AddColumn;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreateTable;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static dev.migration.operation.Operations.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered SQL on H2, checked in its {@code INFORMATION_SCHEMA} and JDBC metadata.
 */
@DatabaseTest(DatabaseKind.H2)
class H2DialectDatabaseTests extends AbstractDialectDatabaseTests {

	private static final Pattern CASE_INSENSITIVE = Pattern.compile("[a-z_][a-z0-9_]*");

	/** The numbered suffixes of the names H2 gives to the indexes and constraints it creates. */
	private static final Pattern GENERATED = Pattern.compile("((?:^primary_key|^constraint_index|_index|^constraint)_)[0-9a-f]+$");

	private static final SchemaSnapshot.Catalog CATALOG = new SchemaSnapshot.Catalog() {

		@Override
		public SchemaSnapshot.Location location(Connection connection, @Nullable String schema) {
			return new SchemaSnapshot.Location(null, stored((schema != null) ? schema : "PUBLIC"));
		}

		@Override
		public String stored(String name) {
			return CASE_INSENSITIVE.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : name;
		}

		@Override
		public String stable(String name) {
			return GENERATED.matcher(name).replaceFirst("$1#");
		}

		@Override
		public Map<String, String> columnTypes(Connection connection, SchemaSnapshot.Location location, String table)
				throws SQLException {
			Map<String, String> types = new LinkedHashMap<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE,"
					+ " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION"
					+ " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
				query.setString(1, location.schema());
				query.setString(2, table);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						types.put(rows.getString(1).toLowerCase(Locale.ROOT), type(rows));
					}
				}
			}
			return types;
		}

		private String type(ResultSet row) throws SQLException {
			String type = row.getString("DATA_TYPE");
			if (row.getObject("CHARACTER_MAXIMUM_LENGTH") != null) {
				return type + "(" + row.getLong("CHARACTER_MAXIMUM_LENGTH") + ")";
			}
			if (type.equals("NUMERIC")) {
				return type + "(" + row.getInt("NUMERIC_PRECISION") + ", " + row.getInt("NUMERIC_SCALE") + ")";
			}
			if (type.startsWith("TIME")) {
				int precision = row.getInt("DATETIME_PRECISION");
				return type.replaceFirst("^(TIMESTAMP|TIME)", "$1(" + precision + ")");
			}
			return type;
		}

	};

	@Override
	protected SchemaSnapshot.Catalog catalog() {
		return CATALOG;
	}

	@Override
	protected Map<String, String> expectedSampleTypes() {
		return Map.ofEntries(Map.entry("id", "INTEGER"), Map.entry("c_string", "CHARACTER VARYING(100)"),
				Map.entry("c_text", "CHARACTER VARYING(1000000000)"), Map.entry("c_integer", "INTEGER"),
				Map.entry("c_bigint", "BIGINT"), Map.entry("c_smallint", "SMALLINT"), Map.entry("c_boolean", "BOOLEAN"),
				Map.entry("c_numeric", "NUMERIC(10, 2)"), Map.entry("c_float", "REAL"),
				Map.entry("c_double", "DOUBLE PRECISION"), Map.entry("c_date", "DATE"), Map.entry("c_time", "TIME(0)"),
				Map.entry("c_timestamp", "TIMESTAMP(6)"), Map.entry("c_timestamp3", "TIMESTAMP(3)"),
				Map.entry("c_timestamptz", "TIMESTAMP(6) WITH TIME ZONE"), Map.entry("c_uuid", "UUID"),
				Map.entry("c_json", "JSON(1000000000)"), Map.entry("c_jsonb", "JSON(1000000000)"),
				Map.entry("c_binary", "BINARY VARYING(1000000000)"), Map.entry("c_binary16", "BINARY VARYING(16)"));
	}

	@Override
	protected String otherSchema(Connection connection) throws SQLException {
		execute("CREATE SCHEMA IF NOT EXISTS app");
		return "app";
	}

	@Test
	void namesWrittenInLowerCaseAreTheOnesUnquotedSqlFindsAndOthersKeepTheirCase() throws SQLException {
		apply(new CreateTable("notes", List.of(column("id", "integer").primaryKey(true).build(),
				column("body", "text").nullable(false).build())), new AddColumn("notes", column("Title", "string(20)").build()),
				new CreateIndex("ix_notes_body", "notes", List.of("body")));
		execute("INSERT INTO notes (body, \"Title\") VALUES ('unquoted names work', 'kept')");
		assertThat(strings("SELECT body || ' ' || \"Title\" FROM Notes WHERE BODY = 'unquoted names work'"))
			.containsExactly("unquoted names work kept");
		assertThat(strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'NOTES'"
				+ " ORDER BY ORDINAL_POSITION")).containsExactly("ID", "BODY", "Title");
		assertThat(strings("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'NOTES'"
				+ " AND INDEX_NAME = 'IX_NOTES_BODY'")).containsExactly("IX_NOTES_BODY");
	}

}
