package dev.migration.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --roundtrip}: every revision upgraded, downgraded and upgraded again in a scratch
 * schema, failing at the first downgrade that does not restore the schema.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class CheckRoundTripTests {

	@TempDir
	Path project;

	@Test
	void revisionsThatUndoThemselvesPass(TestDatabase db) throws IOException, SQLException {
		Path revisions = this.project.resolve("src/main/resources/db/revisions");
		Projects.sqlRevision(revisions, "1_a1.sql", "a1", "none", "Create sessions table",
				"CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY);", "DROP TABLE sessions;");
		Projects.sqlRevision(revisions, "2_b2.sql", "b2", "a1", "Add title to sessions",
				"ALTER TABLE sessions ADD COLUMN title VARCHAR(100);", "ALTER TABLE sessions DROP COLUMN title;");
		Cli cli = Cli.connectedTo(db.createSibling(), this.project);
		cli.run("upgrade", "heads");
		MigrationCli.Result check = cli.run("check", "--roundtrip");
		assertThat(check.err()).isEmpty();
		assertThat(check.exitCode()).isZero();
	}

	@Test
	void aDowngradeThatForgetsAnIndexFails(TestDatabase db) throws IOException, SQLException {
		Path revisions = this.project.resolve("src/main/resources/db/revisions");
		Projects.sqlRevision(revisions, "1_a1.sql", "a1", "none", "Create sessions table",
				"CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, title VARCHAR(100));", "DROP TABLE sessions;");
		Projects.sqlRevision(revisions, "2_b2.sql", "b2", "a1", "Index sessions by title",
				"CREATE INDEX CONCURRENTLY ix_sessions_title ON sessions (title);", "SELECT 1;");
		Cli cli = Cli.connectedTo(db.createSibling(), this.project);
		cli.run("upgrade", "heads");
		MigrationCli.Result check = cli.run("check", "--roundtrip");
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.err()).contains("b2").contains("ix_sessions_title");
	}

}
