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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * The team workflow of the seed's Alembic guide, from {@code init} to a merge of two developers'
 * revisions, run the way the guide runs it, against PostgreSQL.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class SeedWorkflowTests {

	@TempDir
	Path workspace;

	@Test
	void fromInitToMergedHeads(TestDatabase db) throws IOException, SQLException {
		Path project = this.workspace.resolve("app");
		Files.createDirectories(project);
		// The connection lives in migration.properties, the password in the environment (guide, problem 5).
		Cli cli = new Cli(project).env("DB_PASSWORD", db.password());

		MigrationCli.Result init = cli.run("init");
		Path revisions = project.resolve("src/main/resources/db/revisions");
		assertThat(init.out()).isEqualTo("Creating directory " + revisions + " ...  done\n" + "Generating "
				+ project.resolve("migration.properties") + " ...  done\n"
				+ "Please edit configuration/connection settings in '" + project.resolve("migration.properties")
				+ "' before proceeding.\n");
		assertThat(revisions).isEmptyDirectory();
		String properties = Files.readString(project.resolve("migration.properties"));
		assertThat(properties).contains("#migration.url=").contains("#migration.locations=classpath:db/revisions");
		Files.writeString(project.resolve("migration.properties"), properties + "\nmigration.url=" + db.jdbcUrl()
				+ "\nmigration.user=" + db.user() + "\nmigration.password=${DB_PASSWORD}\n");

		// Create the first revisions, and fill them in.
		MigrationCli.Result created = cli.run("revision", "-m", "Create sessions table");
		assertThat(created.exitCode()).isZero();
		Path sessions = Projects.generated(created);
		assertThat(sessions.getParent()).isEqualTo(revisions);
		assertThat(sessions.getFileName().toString()).matches("\\d{8}_\\d{4}_[0-9a-f]{12}_create_sessions_table\\.sql");
		Projects.fill(sessions, "CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY);", "DROP TABLE sessions;");
		String first = Projects.revisionId(sessions);
		Path column = Projects.generated(cli.run("revision", "-m", "Add claude_session_id to session table"));
		assertThat(Files.readString(column)).contains("-- down_revision: " + first + "\n");
		Projects.fill(column, """
				ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);
				CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);""", """
				DROP INDEX ix_sessions_claude_session_id;
				ALTER TABLE sessions DROP COLUMN claude_session_id;""");
		String second = Projects.revisionId(column);

		// Upgrade, test the downgrade, upgrade again (guide: "4. 测试迁移").
		MigrationCli.Result upgrade = cli.run("upgrade", "head");
		assertThat(upgrade.exitCode()).isZero();
		assertThat(upgrade.out()).startsWith("Running upgrade  -> " + first + ", Create sessions table\n"
				+ "Running upgrade " + first + " -> " + second + ", Add claude_session_id to session table\n"
				+ "Upgraded from base to " + second + ": 2 revisions in ");
		assertThat(columns(db)).contains("claude_session_id");
		MigrationCli.Result downgrade = cli.run("downgrade", "-1");
		assertThat(downgrade.out()).startsWith("Running downgrade " + second + " -> " + first
				+ ", Add claude_session_id to session table\nDowngraded from " + second + " to " + first
				+ ": 1 revision in ");
		assertThat(columns(db)).containsExactly("id");
		assertThat(cli.run("upgrade", "head").out()).startsWith("Running upgrade " + first + " -> " + second);
		assertThat(cli.run("upgrade", "head").out()).isEqualTo("Nothing to upgrade: the database is at " + second + "\n");

		assertThat(cli.run("history").out()).isEqualTo(first + " -> " + second
				+ " (head), Add claude_session_id to session table\n<base> -> " + first + ", Create sessions table\n");
		assertThat(cli.run("current").out()).isEqualTo(second + " (head)\n");

		// Stamp: mark a known revision without running anything, then back to head.
		assertThat(cli.run("stamp", first).out()).startsWith("Running stamp_revision " + second + " -> " + first
				+ "\nStamped from " + second + " to " + first + " in ");
		assertThat(cli.run("current").out()).isEqualTo(first + "\n");
		assertThat(columns(db)).contains("claude_session_id");
		assertThat(cli.run("stamp", "head").exitCode()).isZero();
		assertThat(versionRows(db)).containsExactly(second);

		// Two developers create revisions off the same head, each in a clone; then one pulls the other's.
		Path clone = this.workspace.resolve("clone");
		copy(project, clone);
		Path mine = Projects.generated(cli.run("revision", "-m", "Add feature one"));
		Projects.fill(mine, "ALTER TABLE sessions ADD COLUMN feature_one VARCHAR(10);",
				"ALTER TABLE sessions DROP COLUMN feature_one;");
		Path theirs = Projects.generated(new Cli(clone).run("revision", "-m", "Add feature two"));
		Projects.fill(theirs, "ALTER TABLE sessions ADD COLUMN feature_two VARCHAR(10);",
				"ALTER TABLE sessions DROP COLUMN feature_two;");
		assertThat(Files.readString(mine)).contains("-- down_revision: " + second + "\n");
		assertThat(Files.readString(theirs)).contains("-- down_revision: " + second + "\n");
		Files.copy(theirs, revisions.resolve(theirs.getFileName()));
		String one = Projects.revisionId(mine);
		String two = Projects.revisionId(theirs);

		assertThat(cli.run("heads").out().lines()).containsExactlyInAnyOrder(one + " (head)", two + " (head)");
		MigrationCli.Result ambiguous = cli.run("upgrade", "head");
		assertThat(ambiguous.exitCode()).isEqualTo(1);
		assertThat(ambiguous.err()).isEqualTo("FAILED: Multiple head revisions are present for given argument 'head'; "
				+ "please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or "
				+ "'heads' for all heads\n");
		MigrationCli.Result refused = cli.run("revision", "-m", "A third one");
		assertThat(refused.err()).isEqualTo("FAILED: Multiple heads are present; please specify the head revision on "
				+ "which the new revision should be based, or perform a merge.\n");

		MigrationCli.Result failedCheck = cli.run("check");
		assertThat(failedCheck.exitCode()).isEqualTo(1);
		// The seed's own index is built without CONCURRENTLY: a warning, not a failure.
		assertThat(failedCheck.out()).contains("warning [create-index-not-concurrently]");
		List<String> reasons = failedCheck.err().lines().toList();
		assertThat(reasons.get(0))
			.isEqualTo("FAILED: the database is not up to date with the revision files (3 problems):");
		assertThat(reasons.subList(1, 3)).allSatisfy((reason) -> assertThat(reason).contains("error [multiple-heads]"));
		assertThat(String.join("\n", reasons.subList(1, 3))).contains(one, two, "merge");
		assertThat(reasons.get(3)).startsWith("  2 revisions are pending: ").contains(one, two);
		assertThat(reasons).hasSize(4);

		// Merge the heads (guide: "问题 1: 迁移冲突"), upgrade, and the check passes.
		MigrationCli.Result merged = cli.run("merge", "heads", "-m", "Merge heads");
		Path merge = Projects.generated(merged);
		String mergeId = Projects.revisionId(merge);
		assertThat(Files.readString(merge)).containsPattern("-- down_revision: (" + one + ", " + two + "|" + two + ", "
				+ one + ")\n").contains("-- message: Merge heads\n");
		assertThat(cli.run("heads").out()).isEqualTo(mergeId + " (head)\n");
		MigrationCli.Result final_ = cli.run("upgrade", "head");
		assertThat(final_.exitCode()).isZero();
		assertThat(final_.out()).contains("Running upgrade " + second + " -> " + one + ", Add feature one\n")
			.contains("Running upgrade " + second + " -> " + two + ", Add feature two\n")
			.containsPattern("Running upgrade (" + one + ", " + two + "|" + two + ", " + one + ") -> " + mergeId
					+ ", Merge heads\n");
		assertThat(columns(db)).contains("feature_one", "feature_two");
		assertThat(versionRows(db)).containsExactly(mergeId);
		MigrationCli.Result check = cli.run("check");
		assertThat(check.err()).isEmpty();
		assertThat(check.out()).endsWith("OK: the database is up to date at " + mergeId
				+ " (5 revisions, nothing pending)\n");
		assertThat(check.exitCode()).isZero();
	}

	private static List<String> columns(TestDatabase db) throws SQLException {
		return query(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'sessions' "
				+ "ORDER BY ordinal_position");
	}

	private static List<String> versionRows(TestDatabase db) throws SQLException {
		return query(db, "SELECT version_num FROM alembic_version");
	}

	private static List<String> query(TestDatabase db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (var files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

}
