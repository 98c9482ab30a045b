package dev.migration.test;

import java.util.Locale;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

@DatabaseTest(DatabaseKind.H2)
class H2MigrationAssertionsTests extends MigrationAssertionsContract {

	@Override
	String name(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

}
