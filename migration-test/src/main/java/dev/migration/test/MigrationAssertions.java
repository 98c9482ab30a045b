package dev.migration.test;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;

import dev.migration.Migrator;
import dev.migration.dialect.Dialects;
import dev.migration.lint.LintReport;
import dev.migration.lint.Linter;
import dev.migration.lint.Severity;
import dev.migration.runtime.JdbcUrlDataSource;
import dev.migration.verify.RoundTripResult;
import dev.migration.verify.RoundTripVerifier;

/**
 * Assertions over an application's revisions, for its own test suite:
 *
 * <pre>{@code
 * @Test
 * void everyRevisionRoundTrips() {
 *     MigrationAssertions.assertRoundTrip(dataSource);
 * }
 * }</pre>
 *
 * <p>The database is any JDBC database of the kind the revisions are written for: a
 * Testcontainers container ({@code assertRoundTrip(postgres.getJdbcUrl(), postgres.getUsername(),
 * postgres.getPassword())}), a local database, or H2. When it is empty the revisions are
 * verified in it, and it ends at the heads; when it holds anything, they are verified in a
 * throw-away schema of it (a database on MariaDB), dropped afterwards, so a shared development
 * database is never touched.
 */
public final class MigrationAssertions {

	private MigrationAssertions() {
	}

	/**
	 * Asserts that every revision in {@code classpath:db/revisions} round-trips: for each, in
	 * upgrade order, upgrading to it, downgrading it and upgrading again leaves the schema as it
	 * should be.
	 * @param dataSource the database to verify on
	 * @throws org.opentest4j.AssertionFailedError naming the first revision that does not
	 * round-trip, with the schema diff
	 */
	public static void assertRoundTrip(DataSource dataSource) {
		assertRoundTrip(Migrator.builder().build(), dataSource);
	}

	/**
	 * Asserts that every revision in {@code classpath:db/revisions} round-trips, on the database
	 * of a JDBC URL (its driver on the test class path).
	 * @param jdbcUrl the URL, for example {@code jdbc:postgresql://localhost:5432/app_test}
	 * @param user the user
	 * @param password the password
	 * @throws org.opentest4j.AssertionFailedError naming the first revision that does not
	 * round-trip, with the schema diff
	 */
	public static void assertRoundTrip(String jdbcUrl, String user, String password) {
		assertRoundTrip(new JdbcUrlDataSource(jdbcUrl, user, password));
	}

	/**
	 * Asserts that every revision of a migrator round-trips, with the migrator's settings and
	 * revisions (Java revisions included), on the given database; the migrator's own database,
	 * if it has one, is not touched.
	 * @param migrator the migrator
	 * @param dataSource the database to verify on
	 * @throws org.opentest4j.AssertionFailedError naming the first revision that does not
	 * round-trip, with the schema diff
	 */
	public static void assertRoundTrip(Migrator migrator, DataSource dataSource) {
		RoundTripResult result = roundTrip(migrator, dataSource);
		if (!result.passed()) {
			Assertions.fail(result.describe());
		}
	}

	/**
	 * Verifies that every revision of a migrator round-trips, as {@link #assertRoundTrip} does,
	 * and returns the result instead of failing.
	 * @param migrator the migrator
	 * @param dataSource the database to verify on
	 * @return the result
	 */
	public static RoundTripResult roundTrip(Migrator migrator, DataSource dataSource) {
		RoundTripVerifier verifier = RoundTripVerifier.of(migrator);
		return verifier.isEmpty(dataSource) ? verifier.verify(dataSource) : verifier.verifyInScratchSchema(dataSource);
	}

	/**
	 * Asserts that the lint finds no error in a migrator's revisions, for the kind of database a
	 * data source connects to. Warnings do not fail the assertion.
	 * @param migrator the migrator
	 * @param dataSource a database of the kind the revisions are written for; only asked what it is
	 * @throws org.opentest4j.AssertionFailedError listing every finding
	 */
	public static void assertNoLintErrors(Migrator migrator, DataSource dataSource) {
		assertNoLintErrors(migrator, databaseKind(dataSource));
	}

	/**
	 * Asserts that the lint finds no error in a migrator's revisions. Warnings do not fail the
	 * assertion.
	 * @param migrator the migrator
	 * @param databaseKind {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}
	 * @throws org.opentest4j.AssertionFailedError listing every finding
	 */
	public static void assertNoLintErrors(Migrator migrator, String databaseKind) {
		LintReport report = Linter.forDatabase(databaseKind).lint(migrator);
		if (report.hasErrors()) {
			int errors = report.findings(Severity.ERROR).size();
			Assertions.fail("The lint finds " + errors + ((errors == 1) ? " error" : " errors") + " in the revisions:\n"
					+ report.describe());
		}
	}

	static String databaseKind(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return Dialects.of(connection).kind();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell what kind of database this is: " + ex.getMessage(), ex);
		}
	}

}
