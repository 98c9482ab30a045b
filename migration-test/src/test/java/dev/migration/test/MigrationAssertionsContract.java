package dev.migration.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import dev.migration.Migrator;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;
import dev.migration.testsupport.TestDatabase;
import dev.migration.verify.SchemaSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one-line assertions, as a user's test suite calls them, on a real database.
 */
abstract class MigrationAssertionsContract {

	/** How the database reports an unquoted name. */
	abstract String name(String name);

	static Migrator migrator(String location) {
		return Migrator.builder()
			.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse(location))))
			.build();
	}

	@Test
	void theRevisionsOfTheClassPathRoundTripOnAnEmptyDatabaseWhichEndsAtTheHeads(TestDatabase shared)
			throws SQLException {
		TestDatabase db = shared.createSibling();
		MigrationAssertions.assertRoundTrip(db.dataSource());
		assertThat(Migrator.builder().dataSource(db.dataSource()).build().currentRows())
			.containsExactly("create_conversations");
	}

	@Test
	void aJdbcUrlIsEnough(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		MigrationAssertions.assertRoundTrip(db.jdbcUrl(), db.user(), db.password());
		assertThat(Migrator.builder().dataSource(db.dataSource()).build().currentRows())
			.containsExactly("create_conversations");
	}

	@Test
	void aDatabaseInUseIsLeftAloneTheRevisionsRoundTripInAScratchSchema(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE customers (id INT PRIMARY KEY)");
		}
		MigrationAssertions.assertRoundTrip(db.dataSource());
		try (Connection connection = db.connection()) {
			assertThat(SchemaSnapshot.capture(connection, List.of()).tables()).containsOnlyKeys(name("customers"));
		}
	}

	@Test
	void aRevisionThatDoesNotRoundTripFailsTheTestWithTheSchemaDiff(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		assertThatExceptionOfType(AssertionFailedError.class)
			.isThrownBy(() -> MigrationAssertions.assertRoundTrip(migrator("classpath:broken/revisions"), db.dataSource()))
			.withMessage("Revision add_owner (classpath:broken/revisions/20241025_0900_add_owner_add_owner_to_sessions.sql)"
					+ " does not round-trip: after upgrading to it and downgrading one step, the schema differs from "
					+ "before the upgrade:\n"
					+ "  - column " + name("sessions") + "." + name("owner") + ": exists after the downgrade, not before "
					+ "the upgrade\n"
					+ "Fix its downgrade so that it undoes exactly what its upgrade does.\n"
					+ "(1 revision before it round-trips.)");
	}

	@Test
	void theLintFailsTheTestOnErrorsOnly(TestDatabase db) {
		MigrationAssertions.assertNoLintErrors(migrator("classpath:db/revisions"), db.dataSource());
		MigrationAssertions.assertNoLintErrors(migrator("classpath:broken/revisions"), db.dataSource());
		assertThatExceptionOfType(AssertionFailedError.class)
			.isThrownBy(() -> MigrationAssertions.assertNoLintErrors(migrator("classpath:lint/revisions"),
					db.dataSource()))
			.withMessageStartingWith("The lint finds 1 error in the revisions:\n"
					+ "classpath:lint/revisions/20241025_0900_drop_status_drop_sessions_status.sql:6: error [drop-column] "
					+ "Revision 'drop_status' drops column sessions.status: ")
			.withMessageEndingWith("1 error, 0 warnings, 0 infos");
	}

}
