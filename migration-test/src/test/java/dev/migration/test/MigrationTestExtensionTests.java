package dev.migration.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * {@link MigrationTest} classes as users write them: static nested sample classes (which
 * Surefire leaves alone) run with the {@link EngineTestKit}, on in-memory H2 databases.
 */
class MigrationTestExtensionTests {

	@AfterEach
	void clearProperties() {
		System.clearProperty("migration.test.url");
		System.clearProperty("SAMPLE_DATABASE");
	}

	private static Events run(Class<?> sample) {
		return EngineTestKit.engine("junit-jupiter")
			.selectors(DiscoverySelectors.selectClass(sample))
			.execute()
			.testEvents();
	}

	@Test
	void goodRevisionsPassBothChecks() {
		run(GoodRevisions.class).assertStatistics((stats) -> stats.started(2).succeeded(2));
	}

	@Test
	void aRevisionThatDoesNotRoundTripFailsItsTestWithTheDiff() {
		run(BrokenRevisions.class).assertStatistics((stats) -> stats.started(1).failed(1))
			.assertThatEvents()
			.haveExactly(1, event(test("roundTrip"), finishedWithFailure(message((text) -> text.startsWith(
					"Revision add_owner (classpath:broken/revisions/20241025_0900_add_owner_add_owner_to_sessions.sql) "
							+ "does not round-trip: after upgrading to it and downgrading one step, the schema differs "
							+ "from before the upgrade:\n  - column SESSIONS.OWNER: exists after the downgrade")))));
	}

	@Test
	void theDatabaseMayComeFromASystemPropertyOrAPlaceholder() {
		System.setProperty("migration.test.url", "jdbc:h2:mem:from_property;DB_CLOSE_DELAY=-1");
		run(UrlFromTheEnvironment.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
		System.setProperty("SAMPLE_DATABASE", "from_placeholder");
		run(UrlWithAPlaceholder.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	@Test
	void withoutADatabaseTheTestSaysWhereToGiveOne() {
		run(UrlFromTheEnvironment.class).assertThatEvents()
			.haveExactly(1, event(test("roundTrip"), finishedWithFailure(message((text) -> text.endsWith(": @MigrationTest on "
					+ UrlFromTheEnvironment.class.getName() + " names no database: give url = \"jdbc:...\" (a "
					+ "Testcontainers URL such as \"jdbc:tc:postgresql:16:///app\" starts a container), or set the "
					+ "system property migration.test.url or the environment variable MIGRATION_TEST_URL")))));
		run(UrlWithAPlaceholder.class).assertThatEvents()
			.haveExactly(1, event(test("roundTrip"), finishedWithFailure(message((text) -> text.endsWith(
					": @MigrationTest(url = \"jdbc:h2:mem:${SAMPLE_DATABASE};DB_CLOSE_DELAY=-1\") names ${SAMPLE_DATABASE}, "
							+ "but neither a system property nor an environment variable SAMPLE_DATABASE is set")))));
	}

	@MigrationTest(url = "jdbc:h2:mem:good_revisions;DB_CLOSE_DELAY=-1")
	static class GoodRevisions {

		@Test
		void roundTrip(RevisionCheck revisions) {
			revisions.assertRoundTrip();
		}

		@Test
		void lint(RevisionCheck revisions) {
			revisions.assertNoLintErrors();
		}

	}

	@MigrationTest(url = "jdbc:h2:mem:broken_revisions;DB_CLOSE_DELAY=-1", locations = "classpath:broken/revisions")
	static class BrokenRevisions {

		@Test
		void roundTrip(RevisionCheck revisions) {
			revisions.assertRoundTrip();
		}

	}

	@MigrationTest
	static class UrlFromTheEnvironment {

		@Test
		void roundTrip(RevisionCheck revisions) {
			revisions.assertRoundTrip();
		}

	}

	@MigrationTest(url = "jdbc:h2:mem:${SAMPLE_DATABASE};DB_CLOSE_DELAY=-1")
	static class UrlWithAPlaceholder {

		@Test
		void roundTrip(RevisionCheck revisions) {
			revisions.assertRoundTrip();
		}

	}

}
