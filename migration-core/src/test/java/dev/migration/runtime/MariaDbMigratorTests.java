package dev.migration.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.migration.Migrator;
import dev.migration.dialect.Dialects;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbMigratorTests extends MigratorContract {

	private final List<String> schemas = new ArrayList<>();

	@Override
	void assertFailedRevisionLeftovers(MigrationFailedException failure) throws SQLException {
		assertThat(tables()).as("MariaDB commits DDL at once").contains("t03");
		assertThat(failure).hasMessageContaining("1 statement of this revision ran and stays applied")
			.hasMessageContaining("line 6: CREATE TABLE t03 (id INT PRIMARY KEY)")
			.hasMessageContaining("the failing statement and 0 after it did not run")
			.hasMessageContaining("run 'stamp r03'");
		assertThat(failure.sqlState()).isEqualTo("42S02");
	}

	@Test
	void delimiterLinesLetATriggerBodyHoldSemicolons() throws SQLException {
		this.files.sql("001_sessions.sql", "sessions", "none",
				"CREATE TABLE sessions (id INT PRIMARY KEY, status VARCHAR(20), note VARCHAR(20));",
				"DROP TABLE sessions;");
		this.files.sql("002_trigger.sql", "status_trigger", "sessions", """
				DELIMITER //
				CREATE TRIGGER sessions_status BEFORE INSERT ON sessions FOR EACH ROW
				BEGIN
				  SET NEW.status = COALESCE(NEW.status, 'running');
				  SET NEW.note = 'a;b';
				END//
				DELIMITER ;
				INSERT INTO sessions (id) VALUES (1);""", "DROP TRIGGER sessions_status;");
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("heads");
		assertThat(query("SELECT id, status, note FROM sessions")).containsExactly("1 running a;b");
		migrator.downgrade("-1");
		execute("INSERT INTO sessions (id) VALUES (2)");
		assertThat(query("SELECT id, status FROM sessions WHERE id = 2")).containsExactly("2 null");
		assertThat(migrator.upgradeSql("sessions:status_trigger", Dialects.named("mariadb"))).contains("""
				DELIMITER //
				CREATE TRIGGER sessions_status BEFORE INSERT ON sessions FOR EACH ROW
				BEGIN
				  SET NEW.status = COALESCE(NEW.status, 'running');
				  SET NEW.note = 'a;b';
				END//
				DELIMITER ;

				INSERT INTO sessions (id) VALUES (1);
				""");
	}

	@Test
	void derivedDowngradeDropsAForeignKeyBeforeTheIndexItUses() throws SQLException {
		this.files.sql("001_sessions.sql", "sessions", "none",
				"CREATE TABLE sessions (id INT PRIMARY KEY);\nCREATE TABLE conversations (id INT PRIMARY KEY, session_id INT);",
				"DROP TABLE conversations;\nDROP TABLE sessions;");
		this.files.write("002_key.yaml", """
				revision: key_and_index
				down_revision: sessions
				message: Link conversations to sessions
				upgrade:
				  - create_foreign_key:
				      constraint_name: fk_conversations_session
				      source_table: conversations
				      referent_table: sessions
				      local_cols: [session_id]
				      remote_cols: [id]
				  - create_index:
				      index_name: ix_conversations_session_id
				      table_name: conversations
				      columns: [session_id]
				""");
		Migrator migrator = this.files.migrator(this.db.dataSource());
		migrator.upgrade("heads");
		// The key now uses the index: dropping the index first would fail.
		assertThat(migrator.downgrade("-1").toHeads()).containsExactly("sessions");
		assertThat(query("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
				+ "AND table_name = 'conversations' AND index_name <> 'PRIMARY'")).containsExactly("0");
		assertThat(migrator.upgrade("heads").toHeads()).containsExactly("key_and_index");
	}

	@Override
	String createSchema(String name) throws SQLException {
		String database = this.db.name() + "_" + name;
		execute("CREATE DATABASE " + database);
		this.schemas.add(database);
		return database;
	}

	@AfterEach
	void dropSchemas() throws SQLException {
		for (String schema : this.schemas) {
			execute("DROP DATABASE IF EXISTS " + schema);
		}
	}

}
