package dev.migration.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresRoundTripTests extends RoundTripContract {

	@Override
	String dropIndex(String index, String table) {
		return "DROP INDEX " + index;
	}

	@Override
	String changeStatusLength(int length) {
		return "ALTER TABLE sessions ALTER COLUMN status TYPE VARCHAR(" + length + ")";
	}

	@Override
	String varchar(int length) {
		return "character varying(" + length + ")";
	}

	@Override
	String statusIndexDefinition() {
		return "CREATE INDEX ix_sessions_status ON sessions USING btree (status)";
	}

	@Override
	List<String> schemas(Connection connection) throws SQLException {
		List<String> schemas = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace")) {
			while (rows.next()) {
				schemas.add(rows.getString(1));
			}
		}
		return schemas;
	}

}
