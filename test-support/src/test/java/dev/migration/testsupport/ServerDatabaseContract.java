package dev.migration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What a test class annotated with {@link DatabaseTest} gets, for any kind of database.
 */
abstract class ServerDatabaseContract {

	static TestDatabase staticField;

	TestDatabase instanceField;

	private final TestDatabase fromConstructor;

	ServerDatabaseContract(TestDatabase fromConstructor) {
		this.fromConstructor = fromConstructor;
	}

	abstract DatabaseKind kind();

	@Test
	void theDatabaseExistsAndIsEmpty(TestDatabase db) throws SQLException {
		assertThat(db.kind()).isEqualTo(kind());
		assertThat(db.name()).matches("mig_test_[a-z0-9]{10}");
		assertThat(Catalog.exists(kind(), db.name())).isTrue();
		try (Connection connection = db.connection()) {
			assertThat(Catalog.currentDatabase(connection)).isEqualToIgnoringCase(db.name());
			assertThat(Catalog.userTables(connection)).isZero();
		}
	}

	@Test
	void everyWayOfAskingGivesTheSameDatabase(TestDatabase db) {
		assertThat(staticField).isSameAs(db);
		assertThat(this.instanceField).isSameAs(db);
		assertThat(this.fromConstructor).isSameAs(db);
	}

	@Test
	void theDataSourceConnectsToTheDatabase(TestDatabase db) throws SQLException {
		assertThat(db.dataSource()).isSameAs(db.dataSource());
		try (Connection connection = db.dataSource().getConnection(db.user(), db.password())) {
			assertThat(Catalog.currentDatabase(connection)).isEqualToIgnoringCase(db.name());
		}
	}

	@Test
	void aSiblingIsAnotherFreshDatabaseOnTheSameServer(TestDatabase db) throws SQLException {
		TestDatabase sibling = db.createSibling();
		assertThat(sibling.name()).isNotEqualTo(db.name()).matches("mig_test_[a-z0-9]{10}");
		assertThat(sibling.kind()).isEqualTo(db.kind());
		assertThat(sibling.user()).isEqualTo(db.user());
		assertThat(sibling.jdbcUrl()).isEqualTo(db.jdbcUrl().replace(db.name(), sibling.name()));
		assertThat(Catalog.exists(kind(), sibling.name())).isTrue();
		try (Connection connection = sibling.connection()) {
			assertThat(Catalog.currentDatabase(connection)).isEqualToIgnoringCase(sibling.name());
			assertThat(Catalog.userTables(connection)).isZero();
		}
	}

	@Test
	void connectionsCanBeUsedFromSeveralThreadsAtOnce(TestDatabase db) throws Exception {
		TestDatabase scratch = db.createSibling();
		try (Connection connection = scratch.connection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE hits (thread_number INT NOT NULL)");
		}
		int threads = 8;
		CountDownLatch allConnected = new CountDownLatch(threads);
		List<Callable<Void>> work = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int number = i;
			work.add(() -> {
				try (Connection connection = scratch.dataSource().getConnection();
						Statement statement = connection.createStatement()) {
					allConnected.countDown();
					allConnected.await(30, TimeUnit.SECONDS);
					statement.execute("INSERT INTO hits VALUES (" + number + ")");
				}
				return null;
			});
		}
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			for (Future<Void> done : executor.invokeAll(work, 60, TimeUnit.SECONDS)) {
				done.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		try (Connection connection = scratch.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(DISTINCT thread_number) FROM hits")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(threads);
		}
	}

}
