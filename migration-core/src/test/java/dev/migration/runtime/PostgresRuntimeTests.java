package dev.migration.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.migration.MigrationException;
import dev.migration.Migrator;
import dev.migration.RevisionState;
import dev.migration.RevisionStatus;
import dev.migration.dialect.Dialect;
import dev.migration.dialect.Dialects;
import dev.migration.source.sql.SqlFlavour;
import dev.migration.source.sql.SqlStatement;
import dev.migration.source.sql.SqlStatementSplitter;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What only PostgreSQL can show: runners in separate JVMs, a runner killed mid-revision,
 * {@code lock_timeout}, {@code CREATE INDEX CONCURRENTLY}, taking over an Alembic database, and
 * offline scripts that do what an online run does.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresRuntimeTests extends SeparateJvmRunnersContract {

	@Test
	void aRunnerKilledMidRevisionLeavesNoStuckLock(TestDatabase shared) throws Exception {
		TestDatabase db = shared.createSibling();
		execute(db, "CREATE TABLE sleep_seconds (s INT)", "INSERT INTO sleep_seconds VALUES (60)");
		RevisionFiles files = new RevisionFiles(this.folder).chain(1)
			.sql("002_r02.sql", "r02", "r01", "SELECT pg_sleep(s) FROM sleep_seconds;", "SELECT 1;");
		Process runner = ConcurrentRunners.startJvm(db, this.folder);
		try {
			waitFor(() -> count(db, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
					+ " AND query LIKE 'SELECT pg_sleep%' AND state = 'active'") == 1, Duration.ofSeconds(60));
		}
		finally {
			runner.destroyForcibly();
			assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		execute(db, "UPDATE sleep_seconds SET s = 0");
		Migrator next = files.migrator(db.dataSource(),
				MigrationSettings.defaults().withLockWaitTimeout(Duration.ofSeconds(30)));
		assertThat(next.status().current()).as("r02 was rolled back with the runner").containsExactly("r01");
		assertThat(next.upgrade("heads").toHeads()).containsExactly("r02");
		assertThat(count(db, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"
				+ " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).isZero();
	}

	@Test
	void waitingForTheLockGivesUpNamingTheHolder(TestDatabase shared) throws Exception {
		TestDatabase db = shared.createSibling();
		RevisionFiles files = new RevisionFiles(this.folder).chain(1);
		Dialect dialect = Dialects.named("postgresql");
		try (Connection holder = db.connection()) {
			assertThat(dialect.tryLock(holder, "migration:alembic_version", Duration.ZERO)).isTrue();
			Migrator migrator = files.migrator(db.dataSource(),
					MigrationSettings.defaults().withLockWaitTimeout(Duration.ofSeconds(1)));
			long started = System.nanoTime();
			assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator.upgrade("heads"))
				.withMessageContaining("waiting for the migration lock of alembic_version, held by PostgreSQL backend")
				.withMessageContaining("ending its session frees it");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void lockTimeoutMakesAMigrationBehindALongTransactionFailFast(TestDatabase shared) throws Exception {
		TestDatabase db = shared.createSibling();
		RevisionFiles files = new RevisionFiles(this.folder).chain(1)
			.sql("002_r02.sql", "r02", "r01", "ALTER TABLE t01 ADD COLUMN note TEXT;", "ALTER TABLE t01 DROP COLUMN note;");
		files.migrator(db.dataSource()).upgrade("r01");
		try (Connection reader = db.connection()) {
			reader.setAutoCommit(false);
			try (Statement statement = reader.createStatement()) {
				statement.executeQuery("SELECT * FROM t01").close();
			}
			Migrator migrator = files.migrator(db.dataSource(),
					MigrationSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30)));
			long started = System.nanoTime();
			MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
					() -> migrator.upgrade("heads"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
			assertThat(failure.sqlState()).isEqualTo("55P03");
			assertThat(failure.statement()).isEqualTo("ALTER TABLE t01 ADD COLUMN note TEXT");
			assertThat(failure.currentRows()).containsExactly("r01");
			reader.rollback();
		}
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW lock_timeout")) {
			result.next();
			assertThat(result.getString(1)).as("fresh sessions keep the server's setting").isEqualTo("0");
		}
	}

	@Test
	void createIndexConcurrentlyRunsOutsideATransaction(TestDatabase shared) throws Exception {
		TestDatabase db = shared.createSibling();
		RevisionFiles files = new RevisionFiles(this.folder).chain(1)
			.sql("002_r02.sql", "r02", "r01", "CREATE INDEX CONCURRENTLY ix_t01_id ON t01 (id);",
					"DROP INDEX CONCURRENTLY ix_t01_id;");
		Migrator migrator = files.migrator(db.dataSource());
		assertThat(migrator.upgrade("heads").toHeads()).containsExactly("r02");
		assertThat(count(db, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_t01_id'")).isOne();
		assertThat(migrator.downgrade("-1").toHeads()).containsExactly("r01");
		assertThat(count(db, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_t01_id'")).isZero();
	}

	@Test
	void aDatabaseAlembicMaintainsIsTakenOverAsItIs(TestDatabase shared) throws Exception {
		TestDatabase db = shared.createSibling();
		// What Alembic 1.8 creates and leaves after 'alembic upgrade r02'.
		execute(db, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
				+ "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))", "CREATE TABLE t01 (id INT PRIMARY KEY)",
				"CREATE TABLE t02 (id INT PRIMARY KEY)", "INSERT INTO alembic_version (version_num) VALUES ('r02')");
		RevisionFiles files = new RevisionFiles(this.folder).chain(3);
		Migrator migrator = files.migrator(db.dataSource());
		assertThat(migrator.status().history()).extracting(RevisionStatus::revision, RevisionStatus::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("r03", RevisionState.PENDING),
					org.assertj.core.groups.Tuple.tuple("r02", RevisionState.APPLIED),
					org.assertj.core.groups.Tuple.tuple("r01", RevisionState.APPLIED));
		assertThat(migrator.upgrade("heads").steps()).extracting((step) -> step.step().revision().id())
			.containsExactly("r03");
		assertThat(rows(db, "SELECT version_num FROM alembic_version")).containsExactly("r03");
		assertThat(rows(db, "SELECT column_name || ' ' || data_type || ' ' || character_maximum_length || ' '"
				+ " || is_nullable FROM information_schema.columns WHERE table_name = 'alembic_version'"))
			.as("still the table Alembic reads").containsExactly("version_num character varying 32 NO");
	}

	@Test
	void theOfflineScriptDoesWhatAnOnlineRunDoes(TestDatabase shared) throws Exception {
		TestDatabase offline = shared.createSibling();
		TestDatabase online = shared.createSibling();
		RevisionFiles files = new RevisionFiles(this.folder).chain(2)
			.sql("003_r03.sql", "r03", "r02", "CREATE INDEX CONCURRENTLY ix_t02 ON t02 (id);",
					"DROP INDEX CONCURRENTLY ix_t02;");
		String script = files.migrator(null).upgradeSql("heads", Dialects.named("postgresql"));
		assertThat(script).startsWith("-- upgrade base -> heads (postgresql)")
			.contains("BEGIN;", "-- Running upgrade  -> r01, r01", "CREATE TABLE t01 (id INT PRIMARY KEY);",
					"INSERT INTO alembic_version (version_num) VALUES ('r01');",
					"UPDATE alembic_version SET version_num='r02' WHERE version_num = 'r01';", "COMMIT;");
		assertThat(script.substring(script.indexOf("-- Running upgrade r02 -> r03")))
			.as("the concurrent index runs outside a transaction")
			.startsWith("-- Running upgrade r02 -> r03, r03\n\nCREATE INDEX CONCURRENTLY ix_t02 ON t02 (id);\n\nBEGIN;");
		try (Connection connection = offline.connection(); Statement statement = connection.createStatement()) {
			for (SqlStatement sql : SqlStatementSplitter.split(script, SqlFlavour.POSTGRESQL).statements()) {
				statement.execute(sql.sql());
			}
		}
		files.migrator(online.dataSource()).upgrade("heads");
		String tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1";
		assertThat(rows(offline, tables)).isEqualTo(rows(online, tables));
		assertThat(rows(offline, "SELECT version_num FROM alembic_version")).containsExactly("r03");
		Migrator check = files.migrator(offline.dataSource());
		assertThat(check.validate()).isEmpty();
		String downgrade = files.migrator(null).downgradeSql("r03:base", Dialects.named("postgresql"));
		assertThat(downgrade).contains("DELETE FROM alembic_version WHERE version_num = 'r01';")
			.endsWith("DROP TABLE alembic_version;\n\nCOMMIT;\n");
	}

	// ---------------------------------------------------------------- helpers

	private static void execute(TestDatabase db, String... statements) throws SQLException {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> rows(TestDatabase db, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private interface Condition {

		boolean holds() throws Exception;

	}

	private static void waitFor(Condition condition, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.holds()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within " + timeout);
			}
			Thread.sleep(100);
		}
	}

}
