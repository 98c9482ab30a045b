package dev.migration.verify;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 gets the schema from JDBC metadata alone: enough for tables, columns, indexes and keys.
 */
@DatabaseTest(DatabaseKind.H2)
class H2RoundTripTests {

	@TempDir
	Path folder;

	@Test
	void metadataGivesColumnsIndexesAndKeysButNotTheEngineTables(TestDatabase db) throws SQLException {
		RoundTripContract.execute(db.dataSource(),
				"CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, status VARCHAR(20) DEFAULT 'new' NOT NULL)",
				"CREATE TABLE conversations (id INT PRIMARY KEY, session_id VARCHAR(36) REFERENCES sessions (id) "
						+ "ON DELETE CASCADE)",
				"CREATE INDEX ix_status ON sessions (status DESC)", "CREATE TABLE migration_lock (name VARCHAR(9))");
		SchemaSnapshot snapshot;
		try (Connection connection = db.connection()) {
			snapshot = SchemaSnapshot.capture(connection, List.of("migration_lock"));
		}
		assertThat(snapshot.tables()).containsOnlyKeys("CONVERSATIONS", "SESSIONS");
		SchemaSnapshot.Table sessions = snapshot.tables().get("SESSIONS");
		assertThat(sessions.columns().get("STATUS"))
			.isEqualTo(new SchemaSnapshot.Column("STATUS", "CHARACTER VARYING(20)", false, "'new'", null));
		assertThat(sessions.indexes()).containsOnlyKeys("IX_STATUS").containsValue("(STATUS DESC)");
		assertThat(sessions.constraints()).containsOnlyKeys("primary key").containsValue("PRIMARY KEY (ID)");
		assertThat(snapshot.tables().get("CONVERSATIONS").constraints().values())
			.contains("FOREIGN KEY (SESSION_ID) REFERENCES SESSIONS (ID) ON DELETE CASCADE ON UPDATE NO ACTION");
	}

	@Test
	void revisionsRoundTripAndABrokenDowngradeIsFound(TestDatabase shared) throws SQLException {
		RevisionFolder revisions = new RevisionFolder(this.folder)
			.sql("r1", "none", "Create sessions table", "CREATE TABLE sessions (id INT PRIMARY KEY, status VARCHAR(20));",
					"DROP TABLE sessions;")
			.sql("r2", "r1", "Index sessions by status", "CREATE INDEX ix_status ON sessions (status);",
					"DROP INDEX ix_status;")
			.sql("r3", "r2", "Add owner to sessions", "ALTER TABLE sessions ADD COLUMN owner VARCHAR(10);",
					"SELECT 1;");
		RoundTripResult result = RoundTripVerifier.of(revisions.migrator()).verify(shared.createSibling().dataSource());
		assertThat(result.verified()).containsExactly("r1", "r2");
		assertThat(result.failure().diff().differences())
			.containsExactly("column SESSIONS.OWNER: exists after the downgrade, not before the upgrade");
	}

	@Test
	void aScratchSchemaWorksOnH2Too(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		RoundTripContract.execute(db.dataSource(), "CREATE TABLE sessions (legacy INT)");
		RevisionFolder revisions = new RevisionFolder(this.folder).sql("r1", "none", "Create sessions table",
				"CREATE TABLE sessions (id INT PRIMARY KEY);", "DROP TABLE sessions;");
		try (ScratchSchema scratch = ScratchSchema.create(db.dataSource())) {
			assertThat(RoundTripVerifier.of(revisions.migrator()).verify(scratch.dataSource()).passed()).isTrue();
		}
		try (Connection connection = db.connection()) {
			assertThat(SchemaSnapshot.capture(connection, List.of()).tables()).containsOnlyKeys("SESSIONS");
		}
	}

}
