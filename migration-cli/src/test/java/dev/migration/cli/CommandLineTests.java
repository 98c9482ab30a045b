package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * Exit status and failure messages, passwords kept out of the output, and progress on a terminal.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class CommandLineTests {

	@TempDir
	Path project;

	private TestDatabase db;

	private Cli cli;

	@BeforeEach
	void project(TestDatabase classDatabase) throws IOException, SQLException {
		this.db = classDatabase.createSibling();
		this.cli = Cli.connectedTo(this.db, this.project);
		Path revisions = this.project.resolve("src/main/resources/db/revisions");
		Projects.sqlRevision(revisions, "1_a1.sql", "a1", "none", "first", "CREATE TABLE t1 (id INT);",
				"DROP TABLE t1;");
		Projects.sqlRevision(revisions, "2_b2.sql", "b2", "a1", "second", "CREATE TABLE t2 (id INT);",
				"DROP TABLE t2;");
	}

	@Test
	void aFailingRevisionPrintsTheEnginesMessageAndExitsWithOne() throws IOException {
		Projects.sqlRevision(this.project.resolve("src/main/resources/db/revisions"), "3_c3.sql", "c3", "b2", "broken",
				"CREATE TABLE t3 (id INT);\nSELEC broken;", "DROP TABLE t3;");
		MigrationCli.Result result = this.cli.run("upgrade", "head");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).endsWith("Running upgrade b2 -> c3, broken\n");
		assertThat(result.err()).startsWith("FAILED: upgrade c3 failed (classpath:db/revisions/3_c3.sql:7): ERROR: "
				+ "syntax error at or near \"SELEC\"")
			.contains("  statement: SELEC broken\n", "The version table says: b2.")
			.doesNotContain("\tat ");
		assertThat(this.cli.run("current").out()).isEqualTo("b2\n");
	}

	@Test
	void debugPrintsTheStackTrace() throws IOException {
		Projects.sqlRevision(this.project.resolve("src/main/resources/db/revisions"), "3_c3.sql", "c3", "b2", "broken",
				"SELEC broken;", "SELECT 1;");
		assertThat(this.cli.run("upgrade", "head", "--debug").err()).contains("\nFAILED: upgrade c3 failed")
			.contains("\tat dev.migration.");
		assertThat(this.cli.env("MIGRATION_DEBUG", "true").run("upgrade", "head").err()).contains("\tat dev.migration.");
	}

	@Test
	void anUnknownRevisionFails() {
		MigrationCli.Result result = this.cli.run("upgrade", "zzz");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).isEqualTo("FAILED: Can't locate revision identified by 'zzz'; please ensure at least "
				+ "four characters are present for partial revision identifier matches\n");
	}

	@Test
	void passwordsAreMaskedInUrlsAndSettings() {
		// A server that needs no password ignores the one in the URL.
		String password = this.db.password().isEmpty() ? "s3cret-pw" : this.db.password();
		String separator = this.db.jdbcUrl().contains("?") ? "&" : "?";
		Cli cli = new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl() + separator + "password=" + password)
			.env("MIGRATION_USER", this.db.user());
		MigrationCli.Result current = cli.run("current", "-v");
		assertThat(current.out()).isEqualTo("Current revision(s) for " + this.db.jdbcUrl() + separator + "password=***:\n");
		MigrationCli.Result verbose = this.cli.run("upgrade", "head", "-v");
		assertThat(verbose.err()).contains("Password: *** (MIGRATION_PASSWORD)\n");
	}

	@Test
	void passwordsStayOutOfFailures() {
		Cli cli = new Cli(this.project).env("MIGRATION_URL", "jdbc:nosuchdb://db.example.com/app?password=s3cret-pw")
			.env("MIGRATION_PASSWORD", "an0ther-secret");
		MigrationCli.Result failed = cli.run("current", "--debug");
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.err()).startsWith("FAILED: Could not read the migration state: No JDBC driver takes the URL "
				+ "jdbc:nosuchdb://db.example.com/app?password=***; the command line has the drivers of PostgreSQL")
			.contains("\tat dev.migration.cli.UrlDataSource.")
			.doesNotContain("s3cret-pw")
			.doesNotContain("an0ther-secret");
		MigrationCli.Result userInfo = new Cli(this.project).env("MIGRATION_URL",
				"jdbc:mariadb://app:s3cret-pw@127.0.0.1:1/app").run("upgrade", "head", "-v");
		assertThat(userInfo.err()).contains("URL: jdbc:mariadb://app:***@127.0.0.1:1/app (MIGRATION_URL)")
			.doesNotContain("s3cret-pw");
	}

	@Test
	void progressOnATerminalCountsRevisionsInColour() {
		MigrationCli.Result result = this.cli.onTerminal().run("upgrade", "head");
		assertThat(result.out()).containsPattern("^\u001b\\[2m\\[1/2]\u001b\\[0m Running upgrade  -> a1, first \\.\\.\\. "
				+ "\u001b\\[32mdone\u001b\\[0m \\(\\d+ ms, [\\d.]+ (ms|s) elapsed\\)\n")
			.containsPattern("\n\u001b\\[2m\\[2/2]\u001b\\[0m Running upgrade a1 -> b2, second \\.\\.\\. ")
			.containsPattern("\n\u001b\\[32mUpgraded\u001b\\[0m from base to b2: 2 revisions in ");
	}

	@Test
	void noColorKeepsTheTerminalProgressPlain() {
		MigrationCli.Result result = this.cli.onTerminal().env("NO_COLOR", "1").run("upgrade", "head");
		assertThat(result.out()).doesNotContain("\u001b")
			.containsPattern("^\\[1/2] Running upgrade  -> a1, first \\.\\.\\. done \\(\\d+ ms, [\\d.]+ (ms|s) elapsed\\)\n"
					+ "\\[2/2] Running upgrade a1 -> b2, second \\.\\.\\. done \\(");
	}

	@Test
	void withoutATerminalEachStepIsALineAndVerboseAddsItsTime() {
		MigrationCli.Result result = this.cli.run("upgrade", "head", "-v");
		assertThat(result.out()).containsPattern("^Running upgrade  -> a1, first\n  done in \\d+ ms\n"
				+ "Running upgrade a1 -> b2, second\n  done in \\d+ ms\nUpgraded from base to b2: 2 revisions in ");
		assertThat(this.cli.run("downgrade", "base").out()).startsWith("Running downgrade b2 -> a1, second\n"
				+ "Running downgrade a1 -> , first\nDowngraded from b2 to base: 2 revisions in ");
	}

}
