package dev.migration.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a MariaDB snapshot holds, from {@code information_schema}.
 */
@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbSchemaSnapshotTests {

	@Test
	void capturesTypesDefaultsIndexesConstraintsAndOtherObjects(TestDatabase shared) throws SQLException {
		TestDatabase db = shared.createSibling();
		RoundTripContract.execute(db.dataSource(), """
				CREATE TABLE sessions (id BIGINT AUTO_INCREMENT PRIMARY KEY,
				  status VARCHAR(20) NOT NULL DEFAULT 'new' COMMENT 'what the session does',
				  amount DECIMAL(10, 2), CONSTRAINT ck_amount CHECK (amount >= 0),
				  KEY ix_status (status(10)))""", """
				CREATE TABLE conversations (id INT PRIMARY KEY, session_id BIGINT NOT NULL,
				  CONSTRAINT fk_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE)""",
				"CREATE VIEW running AS SELECT id FROM sessions WHERE status = 'running'",
				"CREATE TABLE alembic_version_log (id INT)");
		SchemaSnapshot snapshot;
		try (Connection connection = db.connection()) {
			snapshot = SchemaSnapshot.capture(connection, List.of("alembic_version", "alembic_version_log"));
		}
		assertThat(snapshot.tables()).containsOnlyKeys("conversations", "sessions");
		SchemaSnapshot.Table sessions = snapshot.tables().get("sessions");
		assertThat(sessions.columns().values()).containsExactly(
				new SchemaSnapshot.Column("amount", "decimal(10,2)", true, "NULL", null),
				new SchemaSnapshot.Column("id", "bigint(20) auto_increment", false, null, null),
				new SchemaSnapshot.Column("status", "varchar(20)", false, "'new'", "what the session does"));
		assertThat(sessions.indexes()).containsExactly(Map.entry("PRIMARY", "UNIQUE BTREE (id)"),
				Map.entry("ix_status", "BTREE (status(10))"));
		assertThat(sessions.constraints()).containsExactly(Map.entry("PRIMARY", "PRIMARY KEY (id)"),
				Map.entry("ck_amount", "CHECK (`amount` >= 0)"));
		assertThat(snapshot.tables().get("conversations").constraints()).containsEntry("fk_session",
				"FOREIGN KEY (session_id) REFERENCES sessions (id) ON UPDATE RESTRICT ON DELETE CASCADE");
		assertThat(snapshot.objects()).containsOnlyKeys("view running");
	}

}
