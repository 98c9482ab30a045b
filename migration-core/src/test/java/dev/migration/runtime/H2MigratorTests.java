package dev.migration.runtime;

import java.sql.SQLException;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest(DatabaseKind.H2)
class H2MigratorTests extends MigratorContract {

	@Override
	void assertFailedRevisionLeftovers(MigrationFailedException failure) throws SQLException {
		assertThat(tables()).as("H2 commits DDL at once").contains("t03");
		assertThat(failure).hasMessageContaining("1 statement of this revision ran and stays applied");
	}

	@Override
	String createSchema(String name) throws SQLException {
		execute("CREATE SCHEMA " + name);
		return name;
	}

}
