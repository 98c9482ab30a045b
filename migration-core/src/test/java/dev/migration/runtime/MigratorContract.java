package dev.migration.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.MigrationException;
import dev.migration.MigrationResult;
import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.RevisionState;
import dev.migration.RevisionStatus;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionException;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every supported database must do, run against a real server by each subclass: every
 * command, the version table and log, checksums, failures, the lock.
 */
abstract class MigratorContract {

	@TempDir
	Path folder;

	TestDatabase db;

	RevisionFiles files;

	@BeforeEach
	void prepare(TestDatabase database) throws SQLException {
		this.db = database.createSibling();
		this.files = new RevisionFiles(this.folder);
	}

	@Test
	void upgradeRunsEveryRevisionAndRecordsIt() throws SQLException {
		this.files.chain(3);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		MigrationResult result = migrator.upgrade("heads");
		assertThat(result.steps()).extracting((step) -> step.step().revision().id()).containsExactly("r01", "r02",
				"r03");
		assertThat(result.fromHeads()).isEmpty();
		assertThat(result.toHeads()).containsExactly("r03");
		assertThat(versionRows()).containsExactly("r03");
		assertThat(tables()).contains("t01", "t02", "t03");
		List<String> log = query("SELECT revision, direction, success FROM alembic_version_log ORDER BY id");
		assertThat(log).containsExactly("r01 upgrade true", "r02 upgrade true", "r03 upgrade true");
	}

	@Test
	void nothingToDoTheSecondTime() {
		this.files.chain(2);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("heads");
		MigrationResult again = migrator.upgrade("heads");
		assertThat(again.steps()).isEmpty();
		assertThat(again.toHeads()).containsExactly("r02");
	}

	@Test
	void downgradeOneStepThenToBase() throws SQLException {
		this.files.chain(3);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("heads");
		assertThat(migrator.downgrade("-1").toHeads()).containsExactly("r02");
		assertThat(tables()).doesNotContain("t03").contains("t02");
		assertThat(migrator.downgrade("base").toHeads()).isEmpty();
		assertThat(versionRows()).isEmpty();
		assertThat(tables()).doesNotContain("t01", "t02");
		assertThat(migrator.upgrade("+2").toHeads()).containsExactly("r02");
	}

	@Test
	void currentAndStatus() {
		this.files.chain(3);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		assertThat(migrator.currentRows()).isEmpty();
		migrator.upgrade("r02");
		assertThat(migrator.current()).extracting(Revision::id).containsExactly("r02");
		MigrationStatus status = migrator.status();
		assertThat(status.current()).containsExactly("r02");
		assertThat(status.heads()).containsExactly("r03");
		assertThat(status.pending()).extracting(RevisionStatus::revision).containsExactly("r03");
		assertThat(status.history()).extracting(RevisionStatus::revision, RevisionStatus::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("r03", RevisionState.PENDING),
					org.assertj.core.groups.Tuple.tuple("r02", RevisionState.APPLIED),
					org.assertj.core.groups.Tuple.tuple("r01", RevisionState.APPLIED));
		RevisionStatus applied = status.history().get(1);
		assertThat(applied.appliedAt()).isNotNull();
		assertThat(applied.executionTimeMs()).isNotNull();
		assertThat(applied.checksum()).hasSize(64).isEqualTo(applied.appliedChecksum());
		assertThat(applied.source()).endsWith("002_r02.sql");
		assertThat(migrator.validate()).singleElement()
			.asString()
			.contains("1 revision is pending: r03", "the database is at r02");
	}

	@Test
	void stampMovesTheVersionTableWithoutRunningAnything() throws SQLException {
		this.files.chain(3);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		assertThat(migrator.stamp(List.of("r02"), false).toHeads()).containsExactly("r02");
		assertThat(tables()).doesNotContain("t01", "t02");
		assertThat(migrator.upgrade("heads").steps()).extracting((step) -> step.step().revision().id())
			.containsExactly("r03");
		assertThat(migrator.stamp(List.of("base"), false).toHeads()).isEmpty();
		assertThat(versionRows()).isEmpty();
	}

	@Test
	void aRowNoFileDefinesStopsEveryCommandUntilPurged() throws SQLException {
		this.files.chain(2);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("heads");
		execute("UPDATE alembic_version SET version_num = 'gone'");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessage("Can't locate revision identified by 'gone'");
		assertThat(migrator.status().inState(RevisionState.MISSING)).extracting(RevisionStatus::revision)
			.containsExactly("gone");
		assertThat(migrator.stamp(List.of("r02"), true).toHeads()).containsExactly("r02");
		assertThat(versionRows()).containsExactly("r02");
	}

	@Test
	void aChangedRevisionIsReportedAndRefused() throws Exception {
		this.files.chain(2);
		Migrator first = this.files.migrator(this.db.dataSource());
		first.upgrade("r01");
		Files.writeString(this.folder.resolve("001_r01.sql"),
				Files.readString(this.folder.resolve("001_r01.sql")) + "\n-- edited\n");
		Migrator second = this.files.migrator(this.db.dataSource());
		assertThat(second.status().inState(RevisionState.CHANGED)).extracting(RevisionStatus::revision)
			.containsExactly("r01");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> second.upgrade("heads"))
			.withMessageContaining("An applied revision changed since it was applied:")
			.withMessageContaining("r01 (filesystem:" + this.folder.resolve("001_r01.sql"));
		assertThat(versionRows()).containsExactly("r01");
		Migrator lenient = this.files.migrator(this.db.dataSource(),
				MigrationSettings.defaults().withChecksumPolicy(ChecksumPolicy.WARN));
		assertThat(lenient.upgrade("heads").toHeads()).containsExactly("r02");
	}

	@Test
	void aRevisionWithoutDowngradeRefusesBeforeRunningAnything() throws SQLException {
		this.files.chain(1).sql("002_r02.sql", "r02", "r01", "CREATE TABLE t02 (id INT);", null);
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("heads");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator.downgrade("base"))
			.withMessageContaining("Nothing was run")
			.withMessageContaining("r02");
		assertThat(versionRows()).containsExactly("r02");
		assertThat(tables()).contains("t01", "t02");
	}

	@Test
	void aFailingRevisionInTheMiddleStopsTheRunAndSaysWhere() throws SQLException {
		this.files.chain(2)
			.sql("003_r03.sql", "r03", "r02",
					"CREATE TABLE t03 (id INT PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);", "DROP TABLE t03;")
			.sql("004_r04.sql", "r04", "r03", "CREATE TABLE t04 (id INT PRIMARY KEY);", "DROP TABLE t04;")
			.sql("005_r05.sql", "r05", "r04", "CREATE TABLE t05 (id INT PRIMARY KEY);", "DROP TABLE t05;");
		Migrator migrator = this.files.migrator(this.db.dataSource());
		MigrationFailedException failure = org.assertj.core.api.Assertions
			.catchThrowableOfType(MigrationFailedException.class, () -> migrator.upgrade("heads"));
		assertThat(failure.revision()).isEqualTo("r03");
		assertThat(failure.source()).endsWith("003_r03.sql");
		assertThat(failure.line()).isEqualTo(7);
		assertThat(failure.statement()).isEqualTo("INSERT INTO no_such_table VALUES (1)");
		assertThat(failure.sqlState()).isNotBlank();
		assertThat(failure.currentRows()).containsExactly("r02");
		assertThat(failure).hasMessageContaining("003_r03.sql:7").hasMessageContaining("The version table says: r02.");
		assertThat(versionRows()).containsExactly("r02");
		assertThat(tables()).doesNotContain("t04", "t05");
		assertThat(query("SELECT revision, success FROM alembic_version_log WHERE success = FALSE"))
			.containsExactly("r03 false");
		assertFailedRevisionLeftovers(failure);
	}

	/** What a failed revision leaves behind depends on whether the database's DDL is transactional. */
	abstract void assertFailedRevisionLeftovers(MigrationFailedException failure) throws SQLException;

	@Test
	void branchesAndMergesMoveTheRowsAsAlembicDoes() throws SQLException {
		this.files.sql("1_a.sql", "a", "none", "CREATE TABLE ta (id INT);", "DROP TABLE ta;")
			.sql("2_b.sql", "b", "a", "CREATE TABLE tb (id INT);", "DROP TABLE tb;")
			.sql("3_c.sql", "c", "a", "CREATE TABLE tc (id INT);", "DROP TABLE tc;")
			.sql("4_d.sql", "d", "b, c", "CREATE TABLE td (id INT);", "DROP TABLE td;");
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("b");
		migrator.upgrade("c");
		assertThat(versionRows()).containsExactlyInAnyOrder("b", "c");
		migrator.upgrade("head");
		assertThat(versionRows()).containsExactly("d");
		migrator.downgrade("c");
		assertThat(versionRows()).containsExactlyInAnyOrder("b", "c");
		migrator.downgrade("b@-1");
		assertThat(versionRows()).containsExactly("c");
	}

	@Test
	void theVersionTableMayHaveAnotherNameAndSchema() throws SQLException {
		String schema = createSchema("migrations");
		this.files.chain(1);
		Migrator migrator = this.files.migrator(this.db.dataSource(),
				MigrationSettings.defaults().withVersionTable("schema_revisions", schema));
		migrator.upgrade("heads");
		assertThat(query("SELECT version_num FROM " + qualified(schema, "schema_revisions"))).containsExactly("r01");
		assertThat(query("SELECT revision FROM " + qualified(schema, "schema_revisions_log"))).containsExactly("r01");
		assertThat(migrator.currentRows()).containsExactly("r01");
	}

	@Test
	void allRevisionsInOneTransaction() {
		this.files.chain(3);
		Migrator migrator = this.files.migrator(this.db.dataSource(),
				MigrationSettings.defaults().withTransactionMode(TransactionMode.ALL));
		assertThat(migrator.upgrade("heads").toHeads()).containsExactly("r03");
	}

	@Test
	void listenersHearEveryStep() {
		this.files.chain(2);
		List<String> heard = new ArrayList<>();
		Migrator migrator = Migrator.builder()
			.dataSource(this.db.dataSource())
			.settings(MigrationSettings.defaults()
				.withLocations(List.of(dev.migration.source.Location.parse("filesystem:" + this.folder))))
			.listener(new MigrationListener() {
				@Override
				public void beforeStep(dev.migration.revision.Step step, int index, int total) {
					heard.add("before " + step.revision().id() + " " + index + "/" + total);
				}

				@Override
				public void afterStep(dev.migration.revision.Step step, java.time.Duration duration) {
					heard.add("after " + step.revision().id());
				}
			})
			.build();
		migrator.upgrade("heads");
		assertThat(heard).containsExactly("before r01 1/2", "after r01", "before r02 2/2", "after r02");
	}

	@Test
	void eightRunnersAtOnceApplyEachRevisionExactlyOnce() throws Exception {
		this.files.chain(50);
		List<Integer> steps = ConcurrentRunners.inThreads(8, this.files, this.db);
		assertThat(steps).hasSize(8);
		assertThat(steps.stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
		assertThat(versionRows()).containsExactly("r50");
		assertThat(query("SELECT COUNT(*) FROM alembic_version_log WHERE direction = 'upgrade' AND success = TRUE"))
			.containsExactly("50");
		assertThat(query("SELECT revision FROM alembic_version_log GROUP BY revision HAVING COUNT(*) > 1")).isEmpty();
	}

	// ---------------------------------------------------------------- database helpers

	/** Creates a schema (a database on MariaDB) for the test; returns its name. */
	abstract String createSchema(String name) throws SQLException;

	String qualified(String schema, String table) {
		return schema + "." + table;
	}

	List<String> versionRows() throws SQLException {
		return query("SELECT version_num FROM alembic_version");
	}

	List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = this.db.connection();
				ResultSet result = connection.getMetaData()
					.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
			}
		}
		return tables;
	}

	List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = this.db.connection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(String.valueOf(result.getObject(i)).toLowerCase(java.util.Locale.ROOT));
				}
				rows.add(String.join(" ", values));
			}
		}
		return rows;
	}

	void execute(String sql) throws SQLException {
		try (Connection connection = this.db.connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
