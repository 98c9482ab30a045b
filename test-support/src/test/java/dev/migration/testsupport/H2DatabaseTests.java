package dev.migration.testsupport;

@DatabaseTest(DatabaseKind.H2)
class H2DatabaseTests extends ServerDatabaseContract {

	H2DatabaseTests(TestDatabase db) {
		super(db);
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.H2;
	}

}
