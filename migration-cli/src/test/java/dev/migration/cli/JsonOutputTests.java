package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * {@code --json} of the read commands: the documented shapes, field for field.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class JsonOutputTests {

	@TempDir
	Path project;

	private Cli cli;

	private Path first;

	private Path second;

	@BeforeEach
	void project(TestDatabase classDatabase) throws IOException, SQLException {
		this.cli = Cli.connectedTo(classDatabase.createSibling(), this.project);
		Path revisions = this.project.resolve("src/main/resources/db/revisions");
		this.first = Projects.sqlRevision(revisions, "1_a1.sql", "a1", "none", "first", "SELECT 1;", "SELECT 1;");
		this.second = revisions.resolve("2_b2.sql");
		Files.writeString(this.second, """
				-- revision: b2
				-- down_revision: a1
				-- branch_labels: feat
				-- message: second "one"
				-- create_date: 2024-10-24 14:30:00

				-- upgrade
				SELECT 2;
				""");
	}

	@Test
	void heads() {
		assertThat(this.cli.run("heads", "--json").out()).isEqualTo("""
				{
				  "heads": [
				    {
				      "revision": "b2",
				      "downRevisions": ["a1"],
				      "branchLabels": ["feat"],
				      "dependsOn": [],
				      "message": "second \\"one\\"",
				      "createDate": "2024-10-24 14:30:00",
				      "source": "classpath:db/revisions/2_b2.sql",
				      "path": "%s",
				      "children": [],
				      "head": true,
				      "effectiveHead": false,
				      "branchPoint": false,
				      "mergePoint": false
				    }
				  ]
				}
				""".formatted(this.second));
	}

	@Test
	void currentAndHistory() {
		assertThat(this.cli.run("current", "--json").out()).isEqualTo("{\n  \"current\": [],\n  \"revisions\": []\n}\n");
		this.cli.run("upgrade", "a1");
		assertThat(this.cli.run("current", "--json").out()).isEqualTo("""
				{
				  "current": ["a1"],
				  "revisions": [
				    {
				      "revision": "a1",
				      "downRevisions": [],
				      "branchLabels": ["feat"],
				      "dependsOn": [],
				      "message": "first",
				      "createDate": null,
				      "source": "classpath:db/revisions/1_a1.sql",
				      "path": "%s",
				      "children": ["b2"],
				      "head": false,
				      "effectiveHead": false,
				      "branchPoint": false,
				      "mergePoint": false
				    }
				  ]
				}
				""".formatted(this.first));
		String history = this.cli.run("history", "-i", "--json").out();
		assertThat(history).startsWith("{\n  \"history\": [\n    {\n      \"revision\": \"b2\",")
			.containsSubsequence("\"revision\": \"b2\"", "\"current\": false", "\"revision\": \"a1\"",
					"\"current\": true\n    }\n  ]\n}\n");
		assertThat(this.cli.run("history", "--json").out()).doesNotContain("\"current\"");
	}

	@Test
	void showAndBranches() {
		assertThat(this.cli.run("show", "feat@head", "--json").out()).startsWith(
				"{\n  \"revisions\": [\n    {\n      \"revision\": \"b2\",");
		assertThat(this.cli.run("branches", "--json").out()).isEqualTo("{\n  \"branchPoints\": []\n}\n");
	}

	@Test
	void check() {
		MigrationCli.Result linted = this.cli.run("check", "--json");
		assertThat(linted.exitCode()).isEqualTo(1);
		assertThat(linted.out()).contains("\"problems\": [\"classpath:db/revisions/2_b2.sql: error [no-downgrade]");
		MigrationCli.Result pending = this.cli.run("check", "--json", "--no-lint");
		assertThat(pending.exitCode()).isEqualTo(1);
		assertThat(pending.out()).isEqualTo("""
				{
				  "ok": false,
				  "problems": ["2 revisions are pending: a1, b2; the database is at base and the heads are b2"],
				  "warnings": [],
				  "current": [],
				  "heads": ["b2"],
				  "pending": ["a1", "b2"]
				}
				""");
		assertThat(pending.err()).startsWith("FAILED: ");
		this.cli.run("upgrade", "head");
		MigrationCli.Result ok = this.cli.run("check", "--json", "--no-lint");
		assertThat(ok.out()).isEqualTo("""
				{
				  "ok": true,
				  "problems": [],
				  "warnings": [],
				  "current": ["b2"],
				  "heads": ["b2"],
				  "pending": []
				}
				""");
		assertThat(ok.exitCode()).isZero();
	}

}
