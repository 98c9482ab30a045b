package dev.migration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs sample test classes (static nested classes, which Surefire leaves alone) with the
 * {@link EngineTestKit}, and checks from the servers' catalogs when their databases exist.
 */
class LifecycleTests {

	/** Every database the samples were given, in order. */
	static final Queue<TestDatabase> SEEN = new ConcurrentLinkedQueue<>();

	/** Connections the samples leave open on purpose. */
	static final Queue<Connection> LEAKED = new ConcurrentLinkedQueue<>();

	@BeforeEach
	void forgetEarlierSamples() {
		SEEN.clear();
	}

	@AfterEach
	void closeLeakedConnections() {
		for (Connection connection = LEAKED.poll(); connection != null; connection = LEAKED.poll()) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// The drop has killed it already.
			}
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void eachClassGetsADatabaseOfItsOwnWhichIsDroppedAfterIt(DatabaseKind kind) throws SQLException {
		Class<?>[] samples = switch (kind) {
			case POSTGRESQL -> new Class<?>[] { PostgresqlSample.class, OtherPostgresqlSample.class };
			case MARIADB -> new Class<?>[] { MariaDbSample.class, OtherMariaDbSample.class };
			case H2 -> new Class<?>[] { H2Sample.class, OtherH2Sample.class };
		};
		execute(samples).testEvents().assertStatistics((stats) -> stats.started(4).succeeded(4));
		List<String> names = SEEN.stream().map(TestDatabase::name).distinct().toList();
		assertThat(names).hasSize(2);
		for (String name : names) {
			assertThat(Catalog.exists(kind, name)).as("%s exists after its class", name).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void failingTestsAndLeftOpenTransactionsDoNotKeepTheDatabasesFromBeingDropped(DatabaseKind kind)
			throws SQLException {
		Class<?> sample = (kind == DatabaseKind.POSTGRESQL) ? FailingPostgresqlSample.class : FailingMariaDbSample.class;
		EngineExecutionResults results = execute(sample);
		results.testEvents().assertStatistics((stats) -> stats.started(1).failed(1));
		results.containerEvents().assertStatistics((stats) -> stats.failed(0));
		assertThat(SEEN).hasSize(2);
		for (TestDatabase db : SEEN) {
			assertThat(Catalog.exists(kind, db.name())).as("%s exists after its class", db.name()).isFalse();
		}
	}

	@Test
	void siblingsCannotBeCreatedOnceTheClassIsOver() {
		execute(H2Sample.class).testEvents().assertStatistics((stats) -> stats.succeeded(2));
		assertThatIllegalStateException().isThrownBy(() -> SEEN.peek().createSibling())
			.withMessageContaining("The test class is over");
	}

	@Test
	void nestedClassesShareTheDatabaseOfTheirEnclosingClass() {
		execute(NestingSample.class).testEvents().assertStatistics((stats) -> stats.succeeded(2));
		assertThat(SEEN).hasSize(2);
		assertThat(SEEN.stream().map(TestDatabase::name).distinct()).hasSize(1);
	}

	@Test
	void aClassWithOneInstanceForAllTestsGetsTheDatabaseInItsConstructor() {
		execute(PerClassSample.class).testEvents().assertStatistics((stats) -> stats.succeeded(1));
		assertThat(SEEN).hasSize(3);
		assertThat(SEEN.stream().distinct()).hasSize(1);
	}

	@Test
	void aClassFailsWhenThereIsNoServer() {
		ServerDiscovery previous = ServerDiscovery.replaceSystem(ServerDiscoveryTests.nowhere(ServerDiscoveryTests.env()));
		try {
			execute(PostgresqlSample.class).containerEvents()
				.assertThatEvents()
				.haveExactly(1, event(container(PostgresqlSample.class), finishedWithFailure(
						instanceOf(NoDatabaseServerException.class), message((m) -> m.contains("MIGRATION_TEST_POSTGRES_URL")))));
		}
		finally {
			ServerDiscovery.replaceSystem(previous);
		}
		assertThat(SEEN).isEmpty();
	}

	@Test
	void aClassIsSkippedWhenThereIsNoServerAndTheSwitchSaysSo() {
		ServerDiscovery previous = ServerDiscovery.replaceSystem(
				ServerDiscoveryTests.nowhere(ServerDiscoveryTests.env("MIGRATION_TEST_SKIP_MISSING_DATABASES", "true")));
		try {
			Events containers = execute(MariaDbSample.class).containerEvents();
			containers.assertStatistics((stats) -> stats.skipped(1).started(1).failed(0));
			assertThat(containers.skipped().list().get(0).getPayload(String.class)).get()
				.asString()
				.contains("MIGRATION_TEST_MARIADB_URL");
		}
		finally {
			ServerDiscovery.replaceSystem(previous);
		}
		assertThat(SEEN).isEmpty();
	}

	private static EngineExecutionResults execute(Class<?>... classes) {
		return EngineTestKit.engine("junit-jupiter")
			.selectors(Arrays.stream(classes).map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new))
			.execute();
	}

	/** Two tests that note the database they get, which exists while they run. */
	abstract static class Sample {

		@Test
		void first(TestDatabase db) throws SQLException {
			assertThat(Catalog.exists(db.kind(), db.name())).isTrue();
			SEEN.add(db);
		}

		@Test
		void second(TestDatabase db) throws SQLException {
			assertThat(Catalog.exists(db.kind(), db.name())).isTrue();
			SEEN.add(db);
		}

	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	static class PostgresqlSample extends Sample {

	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	static class OtherPostgresqlSample extends Sample {

	}

	@DatabaseTest(DatabaseKind.MARIADB)
	static class MariaDbSample extends Sample {

	}

	@DatabaseTest(DatabaseKind.MARIADB)
	static class OtherMariaDbSample extends Sample {

	}

	@DatabaseTest(DatabaseKind.H2)
	static class H2Sample extends Sample {

	}

	@DatabaseTest(DatabaseKind.H2)
	static class OtherH2Sample extends Sample {

	}

	/** A test that leaves a transaction open with a lock in the database and in a sibling, then fails. */
	abstract static class FailingSample {

		@Test
		void leavesATransactionOpenAndFails(TestDatabase db) throws SQLException {
			SEEN.add(db);
			TestDatabase sibling = db.createSibling();
			SEEN.add(sibling);
			for (TestDatabase each : List.of(db, sibling)) {
				Connection connection = each.connection();
				LEAKED.add(connection);
				try (Statement statement = connection.createStatement()) {
					statement.execute("CREATE TABLE t (id INT)");
					connection.setAutoCommit(false);
					statement.execute("INSERT INTO t VALUES (1)");
				}
			}
			fail("failing on purpose, with transactions open");
		}

	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	static class FailingPostgresqlSample extends FailingSample {

	}

	@DatabaseTest(DatabaseKind.MARIADB)
	static class FailingMariaDbSample extends FailingSample {

	}

	@DatabaseTest(DatabaseKind.H2)
	static class NestingSample {

		@Test
		void outer(TestDatabase db) {
			SEEN.add(db);
		}

		@Nested
		class Inner {

			@Test
			void inner(TestDatabase db) {
				SEEN.add(db);
			}

		}

	}

	@DatabaseTest(DatabaseKind.H2)
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	static class PerClassSample {

		PerClassSample(TestDatabase db) {
			SEEN.add(db);
		}

		@BeforeAll
		void beforeAll(TestDatabase db) {
			SEEN.add(db);
		}

		@Test
		void test(TestDatabase db) {
			SEEN.add(db);
		}

	}

}
