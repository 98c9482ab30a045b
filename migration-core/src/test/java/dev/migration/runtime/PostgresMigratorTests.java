package dev.migration.runtime;

import java.sql.SQLException;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresMigratorTests extends MigratorContract {

	@Override
	void assertFailedRevisionLeftovers(MigrationFailedException failure) throws SQLException {
		assertThat(tables()).as("the failed revision was rolled back whole").doesNotContain("t03");
		assertThat(failure).hasMessageContaining("nothing of this revision was kept");
		assertThat(failure.sqlState()).isEqualTo("42P01");
	}

	@Override
	String createSchema(String name) throws SQLException {
		execute("CREATE SCHEMA " + name);
		return name;
	}

}
