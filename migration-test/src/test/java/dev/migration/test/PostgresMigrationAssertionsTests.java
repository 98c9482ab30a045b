package dev.migration.test;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresMigrationAssertionsTests extends MigrationAssertionsContract {

	@Override
	String name(String name) {
		return name;
	}

}
