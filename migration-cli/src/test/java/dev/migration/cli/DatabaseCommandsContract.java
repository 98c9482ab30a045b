package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import dev.migration.testsupport.TestDatabase;

/**
 * The commands that touch the database, run on each kind of database: the subclasses choose
 * which. A branch and a merge make the version table hold several rows on the way.
 */
abstract class DatabaseCommandsContract {

	@TempDir
	Path project;

	private TestDatabase db;

	private Cli cli;

	private Path revisions;

	@BeforeEach
	void project(TestDatabase classDatabase) throws IOException, SQLException {
		this.db = classDatabase.createSibling();
		this.cli = Cli.connectedTo(this.db, this.project);
		this.revisions = this.project.resolve("src/main/resources/db/revisions");
		Projects.sqlRevision(this.revisions, "1_a1.sql", "a1", "none", "sessions",
				"CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY);", "DROP TABLE sessions;");
		Projects.sqlRevision(this.revisions, "2_b2.sql", "b2", "a1", "left",
				"ALTER TABLE sessions ADD COLUMN l1 VARCHAR(10);", "ALTER TABLE sessions DROP COLUMN l1;");
		Projects.sqlRevision(this.revisions, "3_c3.sql", "c3", "a1", "right",
				"ALTER TABLE sessions ADD COLUMN r1 VARCHAR(10);", "ALTER TABLE sessions DROP COLUMN r1;");
		Projects.sqlRevision(this.revisions, "4_d4.sql", "d4", "b2, c3", "merge", "", "");
	}

	@Test
	void upgradeAlongABranchThenMerge() throws SQLException {
		assertThat(this.cli.run("upgrade", "b2").out()).startsWith(
				"Running upgrade  -> a1, sessions\nRunning upgrade a1 -> b2, left\nUpgraded from base to b2: 2 revisions in ");
		assertThat(this.cli.run("upgrade", "c3").out()).startsWith("Running upgrade a1 -> c3, right\n"
				+ "Upgraded from b2 to b2, c3: 1 revision in ");
		assertThat(this.cli.run("current").out()).isEqualTo("b2\nc3\n");
		assertThat(rows()).containsExactlyInAnyOrder("b2", "c3");
		assertThat(this.cli.run("history", "-i").out()).isEqualTo("""
				b2, c3 -> d4 (head) (mergepoint), merge
				a1 -> b2 (current), left
				a1 -> c3 (current), right
				<base> -> a1 (branchpoint), sessions
				""");
		assertThat(this.cli.run("history", "-r", "current:").out()).isEqualTo("b2, c3 -> d4 (head) (mergepoint), merge\n"
				+ "a1 -> b2, left\na1 -> c3, right\n");
		assertThat(this.cli.run("upgrade", "head").out()).startsWith("Running upgrade b2, c3 -> d4, merge\n");
		assertThat(rows()).containsExactly("d4");
		assertThat(this.cli.run("check").out()).startsWith("OK: the database is up to date at d4 (4 revisions");
	}

	@Test
	void downgradeUnmergesAndRelativeStepsFollowAlembic() throws SQLException {
		this.cli.run("upgrade", "head");
		MigrationCli.Result ambiguous = this.cli.run("downgrade", "-2");
		assertThat(ambiguous.exitCode()).isEqualTo(1);
		assertThat(ambiguous.err()).isEqualTo("FAILED: Ambiguous walk: 'd4' has 2 down revisions (b2, c3); name the "
				+ "revision to go to instead of counting steps, or count along one branch (label@-N)\n");
		assertThat(this.cli.run("downgrade", "c3").out()).startsWith("Running downgrade d4 -> b2, c3, merge\n");
		assertThat(rows()).containsExactlyInAnyOrder("b2", "c3");
		assertThat(this.cli.run("downgrade", "b2@-1").out()).startsWith("Running downgrade b2 -> a1, left\n");
		assertThat(this.cli.run("current").out()).isEqualTo("c3\n");
		assertThat(this.cli.run("downgrade", "base").out()).startsWith("Running downgrade c3 -> a1, right\n"
				+ "Running downgrade a1 -> , sessions\nDowngraded from c3 to base: 2 revisions in ");
		assertThat(rows()).isEmpty();
		MigrationCli.Result below = this.cli.run("downgrade", "a1");
		assertThat(below.exitCode()).isEqualTo(1);
		assertThat(below.err()).startsWith("FAILED: Destination a1 is not a valid downgrade target from current head(s)");
	}

	@Test
	void stampSetsRowsWithoutRunningAndPurgeRecovers() throws SQLException {
		assertThat(this.cli.run("stamp", "b2", "c3").out()).contains("Stamped from base to b2, c3 in ");
		assertThat(rows()).containsExactlyInAnyOrder("b2", "c3");
		assertThat(this.cli.run("stamp", "base").exitCode()).isZero();
		assertThat(rows()).isEmpty();
		execute("INSERT INTO alembic_version (version_num) VALUES ('gone')");
		MigrationCli.Result lost = this.cli.run("current");
		assertThat(lost.exitCode()).isEqualTo(1);
		assertThat(lost.err()).isEqualTo("FAILED: Can't locate revision identified by 'gone'\n");
		MigrationCli.Result check = this.cli.run("check");
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.err()).contains("\n  Revision gone is applied in the database but no revision file defines it "
				+ "(Can't locate revision identified by 'gone')\n  Which revisions are applied cannot be told while the "
				+ "version table names a revision no file defines (gone): restore the missing files, or, if they are gone "
				+ "for good, set the version table to the revision the schema is at with 'stamp --purge REVISION'\n")
			.doesNotContain("pending");
		assertThat(this.cli.run("stamp", "--purge", "a1").exitCode()).isZero();
		assertThat(rows()).containsExactly("a1");
		assertThat(this.cli.run("current", "-v").out()).startsWith("Current revision(s) for ")
			.contains("\nRev: a1 (branchpoint)\nParent: <base>\nBranches into: b2, c3\nPath: "
					+ this.revisions.resolve("1_a1.sql") + "\n\n    sessions\n    \n    Revision ID: a1\n");
		MigrationCli.Result purged = this.cli.run("stamp", "--purge", "base");
		assertThat(purged.exitCode()).isZero();
		assertThat(purged.out()).startsWith("Stamped from a1 to base in ");
		assertThat(rows()).isEmpty();
		assertThat(this.cli.run("stamp", "base").out()).isEqualTo("Nothing to stamp: the database is at base\n");
	}

	@Test
	void checkNamesAChangedRevision() throws IOException {
		this.cli.run("upgrade", "head");
		Path left = this.revisions.resolve("2_b2.sql");
		Files.writeString(left, Files.readString(left).replace("l1 VARCHAR(10)", "l1 VARCHAR(20)"));
		MigrationCli.Result check = this.cli.run("check");
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.err()).startsWith("FAILED: the database is not up to date with the revision files (1 problem):\n"
				+ "  Revision b2 (classpath:db/revisions/2_b2.sql) changed since it was applied at ");
		MigrationCli.Result upgrade = this.cli.run("upgrade", "head");
		assertThat(upgrade.exitCode()).isEqualTo(1);
		assertThat(upgrade.err()).startsWith("FAILED: An applied revision changed since it was applied:\n"
				+ "  - b2 (classpath:db/revisions/2_b2.sql), applied at ")
			.endsWith("An applied revision's file must not change: put it back as it was, and write the change as a "
					+ "new revision. To go on regardless, set the checksum policy to 'warn'.\n");
		MigrationCli.Result warned = this.cli.run("downgrade", "c3", "--checksum-policy", "warn");
		assertThat(warned.exitCode()).isZero();
		assertThat(warned.err()).startsWith("WARNING: An applied revision changed since it was applied:\n"
				+ "  - b2 (classpath:db/revisions/2_b2.sql), applied at ");
		assertThat(warned.out()).startsWith("Running downgrade d4 -> b2, c3, merge\n");
		MigrationCli.Result ignored = this.cli.env("MIGRATION_CHECKSUM_POLICY", "ignore").run("upgrade", "head");
		assertThat(ignored.err()).isEmpty();
		assertThat(ignored.exitCode()).isZero();
	}

	@Test
	void aYamlRevisionFromTheTemplateRuns() throws IOException, SQLException {
		this.cli.run("upgrade", "head");
		Path yaml = Projects.generated(this.cli.run("revision", "-m", "lookup table", "--format", "yaml"));
		String template = Files.readString(yaml);
		Files.writeString(yaml, template.replace("upgrade:\n", "upgrade:\n  - execute: CREATE TABLE lookups (id INT)\n"));
		String id = Projects.yamlRevisionId(yaml);
		assertThat(this.cli.run("upgrade", "head").out()).startsWith("Running upgrade d4 -> " + id + ", lookup table\n");
		execute("INSERT INTO lookups (id) VALUES (1)");
		MigrationCli.Result downgrade = this.cli.run("downgrade", "-1");
		// The template leaves 'downgrade:' out, and execute has no inverse: saying so is the error.
		assertThat(downgrade.exitCode()).isEqualTo(1);
		assertThat(downgrade.err()).startsWith("FAILED: ").contains("cannot be downgraded");
		Files.writeString(yaml, Files.readString(yaml) + "downgrade:\n  - execute: DROP TABLE lookups\n");
		assertThat(this.cli.run("downgrade", "-1", "--checksum-policy", "ignore").out())
			.startsWith("Running downgrade " + id + " -> d4, lookup table\n");
		assertThat(rows()).containsExactly("d4");
	}

	private List<String> rows() throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = this.db.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM alembic_version")) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.db.connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
