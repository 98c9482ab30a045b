package dev.migration.testsupport;

@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresqlDatabaseTests extends ServerDatabaseContract {

	PostgresqlDatabaseTests(TestDatabase db) {
		super(db);
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.POSTGRESQL;
	}

}
