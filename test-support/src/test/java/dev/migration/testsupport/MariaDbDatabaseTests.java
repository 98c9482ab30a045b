package dev.migration.testsupport;

@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbDatabaseTests extends ServerDatabaseContract {

	MariaDbDatabaseTests(TestDatabase db) {
		super(db);
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.MARIADB;
	}

}
