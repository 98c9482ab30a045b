package dev.migration.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbMigratorTests extends MigratorContract {

	private final List<String> schemas = new ArrayList<>();

	@Override
	void assertFailedRevisionLeftovers(MigrationFailedException failure) throws SQLException {
		assertThat(tables()).as("MariaDB commits DDL at once").contains("t03");
		assertThat(failure).hasMessageContaining("1 statement of this revision ran and stays applied")
			.hasMessageContaining("line 6: CREATE TABLE t03 (id INT PRIMARY KEY)")
			.hasMessageContaining("the failing statement and 0 after it did not run")
			.hasMessageContaining("run 'stamp r03'");
		assertThat(failure.sqlState()).isEqualTo("42S02");
	}

	@Override
	String createSchema(String name) throws SQLException {
		String database = this.db.name() + "_" + name;
		execute("CREATE DATABASE " + database);
		this.schemas.add(database);
		return database;
	}

	@AfterEach
	void dropSchemas() throws SQLException {
		for (String schema : this.schemas) {
			execute("DROP DATABASE IF EXISTS " + schema);
		}
	}

}
