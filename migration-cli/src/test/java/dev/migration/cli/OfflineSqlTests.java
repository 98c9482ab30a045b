package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * {@code --sql}: the script is printed, nothing is connected to, and the script does what the
 * online command would.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class OfflineSqlTests {

	@TempDir
	Path project;

	@BeforeEach
	void revisions() throws IOException {
		Path revisions = this.project.resolve("src/main/resources/db/revisions");
		Projects.sqlRevision(revisions, "1_a1.sql", "a1", "none", "first", "CREATE TABLE t1 (id INT);",
				"DROP TABLE t1;");
		Projects.sqlRevision(revisions, "2_b2.sql", "b2", "a1", "second", "CREATE TABLE t2 (id INT);",
				"DROP TABLE t2;");
	}

	@Test
	void upgradeSqlNeedsNoDatabase() {
		MigrationCli.Result result = new Cli(this.project).run("upgrade", "head", "--sql", "--dialect", "postgresql");
		assertThat(result.err()).isEmpty();
		assertThat(result.exitCode()).isZero();
		// How the version table is spelt is the dialect's business; the order of the steps is ours.
		assertThat(result.out()).startsWith("-- upgrade base -> head (postgresql)\n")
			.containsPattern("(?s)CREATE TABLE IF NOT EXISTS \"?alembic_version\"? .*BEGIN;\n\n"
					+ "-- Running upgrade  -> a1, first\n\nCREATE TABLE t1 \\(id INT\\);\n\n"
					+ "INSERT INTO \"?alembic_version\"? \\(version_num\\) VALUES \\('a1'\\);\n.*COMMIT;\n.*"
					+ "-- Running upgrade a1 -> b2, second\n\nCREATE TABLE t2 \\(id INT\\);\n\n"
					+ "UPDATE \"?alembic_version\"? SET version_num='b2' WHERE version_num = 'a1';\n.*COMMIT;\n$");
	}

	@Test
	void aRangeStartsFromAKnownRevision() {
		MigrationCli.Result result = new Cli(this.project).run("upgrade", "a1:b2", "--sql", "--dialect", "postgresql");
		assertThat(result.out()).doesNotContain("CREATE TABLE IF NOT EXISTS")
			.doesNotContain("t1")
			.contains("-- Running upgrade a1 -> b2, second");
		MigrationCli.Result downgrade = new Cli(this.project).run("downgrade", "b2:base", "--sql", "--dialect",
				"postgresql");
		assertThat(downgrade.out()).containsPattern("(?s)-- Running downgrade b2 -> a1, second\n\nDROP TABLE t2;\n.*"
				+ "-- Running downgrade a1 -> , first\n\nDROP TABLE t1;\n\n"
				+ "DELETE FROM \"?alembic_version\"? WHERE version_num = 'a1';\n.*DROP TABLE \"?alembic_version\"?;\n");
	}

	@Test
	void theDialectComesFromTheUrlWithoutConnecting() {
		MigrationCli.Result result = new Cli(this.project).env("MIGRATION_URL", "jdbc:mariadb://127.0.0.1:1/app")
			.run("stamp", "b2", "--sql");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("-- stamp b2 (mariadb)\n")
			.containsPattern("INSERT INTO `?alembic_version`? \\(version_num\\) VALUES \\('b2'\\);");
	}

	@Test
	void withoutDialectOrUrlSqlSaysWhatItNeeds() {
		MigrationCli.Result result = new Cli(this.project).run("upgrade", "head", "--sql");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).isEqualTo("FAILED: --sql writes SQL for a given database: give --dialect postgresql, "
				+ "mariadb, mysql or h2 (or a --url, which is not connected to)\n");
		assertThat(new Cli(this.project).run("upgrade", "head", "--sql", "--dialect", "oracle").err())
			.isEqualTo("FAILED: Invalid dialect 'oracle' (--dialect): use postgresql, mariadb, mysql or h2\n");
	}

	@Test
	void theScriptDoesWhatTheOnlineCommandDoes(TestDatabase classDatabase) throws SQLException {
		TestDatabase db = classDatabase.createSibling();
		String script = new Cli(this.project).run("upgrade", "head", "--sql", "--dialect", "postgresql").out();
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute(script);
		}
		Cli cli = Cli.connectedTo(db, this.project);
		assertThat(cli.run("current").out()).isEqualTo("b2 (head)\n");
		assertThat(cli.run("check").exitCode()).isZero();
	}

}
