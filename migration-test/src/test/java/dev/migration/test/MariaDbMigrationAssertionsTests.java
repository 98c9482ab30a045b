package dev.migration.test;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbMigrationAssertionsTests extends MigrationAssertionsContract {

	@Override
	String name(String name) {
		return name;
	}

}
