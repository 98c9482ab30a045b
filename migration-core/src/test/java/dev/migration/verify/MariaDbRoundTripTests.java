package dev.migration.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbRoundTripTests extends RoundTripContract {

	@Override
	String dropIndex(String index, String table) {
		return "DROP INDEX " + index + " ON " + table;
	}

	@Override
	String changeStatusLength(int length) {
		return "ALTER TABLE sessions MODIFY status VARCHAR(" + length + ") DEFAULT 'new' NOT NULL";
	}

	@Override
	String varchar(int length) {
		return "varchar(" + length + ")";
	}

	@Override
	String statusIndexDefinition() {
		return "BTREE (status)";
	}

	@Override
	List<String> schemas(Connection connection) throws SQLException {
		List<String> schemas = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SHOW DATABASES")) {
			while (rows.next()) {
				schemas.add(rows.getString(1));
			}
		}
		return schemas;
	}

}
