package dev.migration.verify;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.MigrationException;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Round trips on a real database: good revisions, including a branch and its merge, and
 * deliberately broken downgrades, each reported as users see it.
 */
abstract class RoundTripContract {

	@TempDir
	Path folder;

	/** The statement that drops an index. */
	abstract String dropIndex(String index, String table);

	/** The statement that changes a {@code NOT NULL DEFAULT 'new'} column's varchar length. */
	abstract String changeStatusLength(int length);

	/** How the database spells {@code varchar(n)} in the snapshot. */
	abstract String varchar(int length);

	/** The definition of the plain index {@code ix_sessions_status} in the snapshot. */
	abstract String statusIndexDefinition();

	RevisionFolder seed() {
		return new RevisionFolder(this.folder).sql("r1", "none", "Create sessions table", """
				CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, status VARCHAR(20) DEFAULT 'new' NOT NULL,
				  created_at TIMESTAMP);
				CREATE INDEX ix_sessions_status ON sessions (status);""", "DROP TABLE sessions;");
	}

	@Test
	void goodRevisionsWithABranchAndItsMergeRoundTrip(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		RevisionFolder revisions = seed()
			.sql("r2", "r1", "Create conversations table", """
					CREATE TABLE conversations (id INT PRIMARY KEY, session_id VARCHAR(36) NOT NULL,
					  CONSTRAINT fk_conversations_session FOREIGN KEY (session_id) REFERENCES sessions (id)
					    ON DELETE CASCADE,
					  CONSTRAINT ck_conversations_id CHECK (id > 0));""", "DROP TABLE conversations;")
			.sql("r3", "r2", "Add claude_session_id to sessions", """
					ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);
					CREATE UNIQUE INDEX ix_sessions_claude ON sessions (claude_session_id);""",
					dropIndex("ix_sessions_claude", "sessions") + ";\nALTER TABLE sessions DROP COLUMN claude_session_id;")
			.sql("r4", "r3", "Widen sessions status", changeStatusLength(50) + ";", changeStatusLength(20) + ";")
			.sql("r5a", "r4", "Create tags table", "CREATE TABLE tags (name VARCHAR(40) PRIMARY KEY);",
					"DROP TABLE tags;")
			.sql("r5b", "r4", "Add title to conversations", "ALTER TABLE conversations ADD COLUMN title TEXT;",
					"ALTER TABLE conversations DROP COLUMN title;")
			.sql("r6", "r5a, r5b", "Merge tags and titles", "", "");
		RoundTripResult result = RoundTripVerifier.of(revisions.migrator()).verify(db.dataSource());
		assertThat(result.failure()).isNull();
		assertThat(result.passed()).isTrue();
		assertThat(result.verified()).hasSize(7).startsWith("r1", "r2", "r3", "r4").endsWith("r6");
		assertThat(result.describe())
			.isEqualTo("7 revisions round-trip: each upgrade, downgrade and upgrade again left the schema as it should.");
		assertThat(revisions.migrator().withDataSource(db.dataSource()).currentRows()).containsExactly("r6");
	}

	@Test
	void aDowngradeThatForgetsToRestoreAnIndexIsReportedWithTheIndex(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		RevisionFolder revisions = seed().sql("r2", "r1", "Drop the status index",
				dropIndex("ix_sessions_status", "sessions") + ";", "SELECT 1;");
		RoundTripResult result = RoundTripVerifier.of(revisions.migrator()).verify(db.dataSource());
		assertThat(result.passed()).isFalse();
		assertThat(result.verified()).containsExactly("r1");
		RoundTripFailure failure = result.failure();
		assertThat(failure.revision()).isEqualTo("r2");
		assertThat(failure.phase()).isEqualTo(RoundTripFailure.Phase.DOWNGRADE_DIFFERS);
		assertThat(failure.diff().differences()).containsExactly("index ix_sessions_status on sessions: missing after "
				+ "the downgrade (before the upgrade: " + statusIndexDefinition() + ")");
		assertThat(result.describe()).isEqualTo("Revision r2 (" + revisions.source("r2") + ") does not round-trip: "
				+ "after upgrading to it and downgrading one step, the schema differs from before the upgrade:\n"
				+ "  - index ix_sessions_status on sessions: missing after the downgrade (before the upgrade: "
				+ statusIndexDefinition() + ")\n"
				+ "Fix its downgrade so that it undoes exactly what its upgrade does.\n"
				+ "(1 revision before it round-trips.)");
	}

	@Test
	void aDowngradeToTheWrongColumnTypeIsReportedWithBothTypes(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		RevisionFolder revisions = seed().sql("r2", "r1", "Widen sessions status", changeStatusLength(50) + ";",
				changeStatusLength(30) + ";");
		RoundTripFailure failure = RoundTripVerifier.of(revisions.migrator()).verify(db.dataSource()).failure();
		assertThat(failure.phase()).isEqualTo(RoundTripFailure.Phase.DOWNGRADE_DIFFERS);
		assertThat(failure.diff().differences()).containsExactly("column sessions.status: type " + varchar(30)
				+ " after the downgrade, " + varchar(20) + " before the upgrade");
	}

	@Test
	void aDowngradeThatLeavesATableBehindIsReportedWithTheTable(TestDatabase shared) throws SQLException {
		RevisionFolder leftover = seed().sql("r2", "r1", "Create tags table",
				"CREATE TABLE tags (name VARCHAR(40) PRIMARY KEY);", "SELECT 1;");
		RoundTripFailure left = RoundTripVerifier.of(leftover.migrator()).verify(shared.createSibling().dataSource())
			.failure();
		assertThat(left.diff().differences()).containsExactly("table tags: exists after the downgrade, not before the "
				+ "upgrade");
	}

	@Test
	void aDowngradeThatFailsIsReportedWithTheDatabasesError(TestDatabase shared) throws SQLException {
		RevisionFolder revisions = seed().sql("r2", "r1", "Create tags table",
				"CREATE TABLE tags (name VARCHAR(40) PRIMARY KEY);", "DROP TABLE no_such_table;");
		RoundTripResult result = RoundTripVerifier.of(revisions.migrator()).verify(shared.createSibling().dataSource());
		assertThat(result.failure().phase()).isEqualTo(RoundTripFailure.Phase.DOWNGRADE_FAILED);
		assertThat(result.describe()).startsWith("Revision r2 (" + revisions.source("r2") + ") does not round-trip: its "
				+ "downgrade fails right after its upgrade: ")
			.contains("no_such_table");
	}

	@Test
	void dataLeftByADowngradeThatBreaksTheNextUpgradeIsReported(TestDatabase shared) throws SQLException {
		RevisionFolder revisions = seed().sql("r2", "r1", "Add the first session",
				"INSERT INTO sessions (id) VALUES ('first');", "SELECT 1;");
		RoundTripResult result = RoundTripVerifier.of(revisions.migrator()).verify(shared.createSibling().dataSource());
		assertThat(result.failure().phase()).isEqualTo(RoundTripFailure.Phase.UPGRADE_AGAIN_FAILED);
		assertThat(result.describe()).startsWith("Revision r2 (" + revisions.source("r2") + ") does not round-trip: "
				+ "upgrading again after its downgrade fails: ");
	}

	@Test
	void aRevisionWithoutDowngradeIsUpgradedAndTheNextOnesAreStillVerified(TestDatabase shared) throws SQLException {
		RevisionFolder revisions = seed()
			.sql("r2", "r1", "Add owner to sessions", "ALTER TABLE sessions ADD COLUMN owner VARCHAR(10);", null)
			.sql("r3", "r2", "Create tags table", "CREATE TABLE tags (name VARCHAR(40) PRIMARY KEY);",
					"DROP TABLE tags;");
		RoundTripResult result = RoundTripVerifier.of(revisions.migrator()).verify(shared.createSibling().dataSource());
		assertThat(result.passed()).isTrue();
		assertThat(result.verified()).containsExactly("r1", "r3");
		assertThat(result.skipped()).containsExactly("r2");
		assertThat(result.describe()).isEqualTo("2 revisions round-trip: each upgrade, downgrade and upgrade again left "
				+ "the schema as it should.\nNot downgraded, having no downgrade: r2.");
	}

	@Test
	void aDatabaseThatIsNotEmptyIsRefused(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		execute(db.dataSource(), "CREATE TABLE customers (id INT PRIMARY KEY)");
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> RoundTripVerifier.of(seed().migrator()).verify(db.dataSource()))
			.withMessageStartingWith("Round-trip verification needs an empty database, because it upgrades and "
					+ "downgrades every revision; this one holds table ")
			.withMessageEndingWith(". Give it a scratch database, or a throw-away schema "
					+ "(ScratchSchema.create(dataSource)).");
	}

	@Test
	void aScratchSchemaLetsTheVerifierWorkBesideExistingTablesAndGoesAway(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		execute(db.dataSource(), "CREATE TABLE sessions (legacy INT)");
		RevisionFolder revisions = seed();
		String name;
		try (ScratchSchema scratch = ScratchSchema.create(db.dataSource())) {
			name = scratch.name();
			assertThat(RoundTripVerifier.of(revisions.migrator()).verify(scratch.dataSource()).passed()).isTrue();
			try (Connection connection = db.connection()) {
				SchemaSnapshot outside = SchemaSnapshot.capture(connection, List.of());
				assertThat(outside.tables()).containsOnlyKeys(tableName("sessions"));
				assertThat(outside.tables().get(tableName("sessions")).columns()).containsOnlyKeys(tableName("legacy"));
			}
		}
		try (Connection connection = db.connection()) {
			assertThat(schemas(connection)).doesNotContain(name);
		}
	}

	/** How the database reports an unquoted name. */
	String tableName(String name) {
		return name;
	}

	abstract List<String> schemas(Connection connection) throws SQLException;

	static void execute(DataSource dataSource, String... statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
