package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.java.JavaRevision;
import dev.migration.java.JavaRevisions;
import dev.migration.revision.Revision;

/**
 * {@code init}, {@code revision} and {@code merge}: the files they write, and their refusals.
 * No database is needed.
 */
class RevisionCommandTests {

	private static final LocalDateTime SEED_TIME = LocalDateTime.of(2024, 10, 24, 14, 30, 5);

	@TempDir
	Path project;

	private Path revisions;

	private Cli cli;

	@BeforeEach
	void init() {
		this.cli = new Cli(this.project).at(SEED_TIME);
		assertThat(this.cli.run("init").exitCode()).isZero();
		this.revisions = this.project.resolve("src/main/resources/db/revisions");
	}

	@Test
	void sqlRevisionAsTheSeedNamesIt() throws IOException {
		MigrationCli.Result result = this.cli.run("revision", "-m", "Add claude_session_id to session table", "--rev-id",
				"add_claude_session_id");
		Path file = this.revisions
			.resolve("20241024_1430_add_claude_session_id_add_claude_session_id_to_session_table.sql");
		assertThat(result.out()).isEqualTo("Generating " + file + " ...  done\n");
		assertThat(Files.readString(file)).isEqualTo("""
				-- revision: add_claude_session_id
				-- down_revision: none
				-- message: Add claude_session_id to session table
				-- create_date: 2024-10-24 14:30:05

				-- upgrade


				-- downgrade

				""");
		Path next = Projects.generated(this.cli.run("revision", "-m", "Create conversations table"));
		assertThat(next.getFileName().toString()).matches("20241024_1430_[0-9a-f]{12}_create_conversations_table\\.sql");
		assertThat(Files.readString(next)).contains("-- down_revision: add_claude_session_id\n");
		assertThat(this.cli.run("history").out()).matches("add_claude_session_id -> [0-9a-f]{12} \\(head\\), Create "
				+ "conversations table\n<base> -> add_claude_session_id, Add claude_session_id to session table\n");
	}

	@Test
	void yamlRevisionLoadsAsWritten() throws IOException {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		MigrationCli.Result result = this.cli.run("revision", "-m", "Create \"conversations\" table", "--rev-id", "b2",
				"--format", "yaml", "--branch-label", "chat", "--depends-on", "a1");
		Path file = Projects.generated(result);
		assertThat(file.getFileName()).hasToString("20241024_1430_b2_create_conversations_table.yaml");
		assertThat(Files.readString(file)).isEqualTo("""
				revision: b2
				down_revision: a1
				branch_labels: chat
				depends_on: a1
				message: "Create \\"conversations\\" table"
				create_date: '2024-10-24 14:30:05'

				upgrade:
				  # - add_column:
				  #     table_name: sessions
				  #     column: {name: new_field, type: string(100), nullable: true}
				  # - execute: UPDATE sessions SET new_field = 'default' WHERE new_field IS NULL

				# Without 'downgrade:', the downgrade is derived from the upgrade's operations, in reverse.
				# downgrade:
				#   - drop_column: {table_name: sessions, column_name: new_field}
				""");
		assertThat(this.cli.run("heads").out()).isEqualTo("b2 (chat) (head)\n");
		// A branch label covers the revisions below it, back to a branch point, as in Alembic.
		assertThat(this.cli.run("history").out())
			.isEqualTo("a1 (a1) -> b2 (chat) (head), Create \"conversations\" table\n<base> -> a1 (chat), first\n");
	}

	@Test
	void javaRevisionCompilesAndCarriesItsMetadata() throws Exception {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		MigrationCli.Result result = this.cli.run("revision", "-m", "Migrate status", "--rev-id", "b2", "--format",
				"java", "--version-path", "src/main/java/com/example/db");
		Path file = this.project.resolve("src/main/java/com/example/db/V20241024_1430_b2_migrate_status.java");
		assertThat(result.out()).isEqualTo("Generating " + file + " ...  done\n");
		assertThat(Files.readString(file)).startsWith("""
				package com.example.db;

				import dev.migration.java.JavaRevision;
				import dev.migration.java.RevisionInfo;
				import dev.migration.operation.Operations;

				/**
				 * Migrate status
				 */
				@RevisionInfo(id = "b2", downRevision = "a1",
						message = "Migrate status", createDate = "2024-10-24 14:30:05")
				public class V20241024_1430_b2_migrate_status implements JavaRevision {
				""");
		Path classes = this.project.resolve("classes");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
				classes.toString(), file.toString());
		assertThat(status).as("javac of the generated revision").isZero();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			JavaRevision revision = (JavaRevision) loader.loadClass("com.example.db.V20241024_1430_b2_migrate_status")
				.getConstructor()
				.newInstance();
			Revision metadata = JavaRevisions.script(revision).revision();
			assertThat(metadata.id()).isEqualTo("b2");
			assertThat(metadata.downRevisions()).containsExactly("a1");
			assertThat(metadata.message()).isEqualTo("Migrate status");
			assertThat(JavaRevisions.script(revision).hasDowngrade()).isTrue();
		}
		MigrationCli.Result nowhere = this.cli.run("revision", "-m", "x", "--format", "java");
		assertThat(nowhere.exitCode()).isEqualTo(1);
		assertThat(nowhere.err()).startsWith("FAILED: A Java revision is a class of the application: say where it "
				+ "goes with --version-path");
	}

	@Test
	void javaRevisionOfASpringProjectIsAComponent() throws Exception {
		Files.writeString(this.project.resolve("pom.xml"), """
				<project>
				  <parent>
				    <groupId>org.springframework.boot</groupId>
				    <artifactId>spring-boot-starter-parent</artifactId>
				  </parent>
				</project>
				""");
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		assertThat(this.cli.run("revision", "-m", "Migrate status", "--rev-id", "b2", "--format", "java",
				"--version-path", "src/main/java/com/example/db").exitCode()).isZero();
		Path file = this.project.resolve("src/main/java/com/example/db/V20241024_1430_b2_migrate_status.java");
		assertThat(Files.readString(file)).contains("""
				import dev.migration.operation.Operations;

				import org.springframework.stereotype.Component;

				/**
				 * Migrate status
				 */
				@RevisionInfo(id = "b2", downRevision = "a1",
						message = "Migrate status", createDate = "2024-10-24 14:30:05")
				@Component
				public class V20241024_1430_b2_migrate_status implements JavaRevision {
				""");
	}

	@Test
	void javaRevisionsCompiledIntoTheProjectJoinTheOthers() throws Exception {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		this.cli.run("revision", "-m", "Migrate status", "--rev-id", "b2", "--format", "java", "--version-path",
				"src/main/java/com/example/db");
		Path source = this.project.resolve("src/main/java/com/example/db/V20241024_1430_b2_migrate_status.java");
		int status = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
					this.project.resolve("target/classes").toString(), source.toString());
		assertThat(status).as("javac of the generated revision").isZero();
		assertThat(this.cli.run("history").out()).isEqualTo("""
				a1 -> b2 (head), Migrate status
				<base> -> a1, first
				""");
		this.cli.run("revision", "-m", "third", "--rev-id", "c3");
		assertThat(this.cli.run("heads").out()).isEqualTo("c3 (head)\n");
	}

	@Test
	void newBasesBranchLabelsAndSplices() throws IOException {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		this.cli.run("revision", "-m", "second", "--rev-id", "b2");
		MigrationCli.Result notAHead = this.cli.run("revision", "-m", "fix", "--head", "a1");
		assertThat(notAHead.exitCode()).isEqualTo(1);
		assertThat(notAHead.err()).isEqualTo("FAILED: Revision a1 is not a head revision; please specify --splice to "
				+ "create a new branch from this revision\n");
		assertThat(this.cli.run("revision", "-m", "fix", "--head", "a1", "--splice", "--rev-id", "c3").exitCode())
			.isZero();
		assertThat(this.cli.run("branches").out()).isEqualTo("a1 (branchpoint)\n   -> b2 (head)\n   -> c3 (head)\n\n");
		Path audit = Projects.generated(this.cli.run("revision", "-m", "audit", "--head", "base", "--branch-label",
				"audit", "--rev-id", "d4"));
		assertThat(Files.readString(audit)).startsWith("-- revision: d4\n-- down_revision: none\n-- branch_labels: audit\n");
		Path onAudit = Projects.generated(this.cli.run("revision", "-m", "more audit", "--head", "audit@head"));
		assertThat(Files.readString(onAudit)).contains("-- down_revision: d4\n");
		MigrationCli.Result taken = this.cli.run("revision", "-m", "x", "--head", "base", "--branch-label", "audit");
		assertThat(taken.err()).startsWith("FAILED: Branch name 'audit' in revision ")
			.contains(" already used by revision d4 (");
	}

	@Test
	void dependenciesResolvePrefixesAndKeepLabels() throws IOException {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1b2c3d4");
		this.cli.run("revision", "-m", "other base", "--head", "base", "--rev-id", "e5f6", "--branch-label", "lookups");
		Path file = Projects.generated(this.cli.run("revision", "-m", "needs both", "--head", "a1b2c3d4",
				"--depends-on", "a1b2", "--depends-on", "lookups"));
		assertThat(Files.readString(file)).contains("-- depends_on: a1b2c3d4, lookups\n");
	}

	@Test
	void idsMustBeNewAndValid() {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		assertThat(this.cli.run("revision", "-m", "again", "--rev-id", "a1").err()).startsWith(
				"FAILED: Revision id 'a1' is already used by classpath:db/revisions/20241024_1430_a1_first.sql; give "
						+ "another --rev-id\n");
		assertThat(this.cli.run("revision", "-m", "bad", "--rev-id", "a-1").err()).isEqualTo(
				"FAILED: Revision id 'a-1' is not valid: use only letters, digits and '_' (no '@', '-', '+', ':' or "
						+ "spaces)\n");
	}

	@Test
	void slugsFollowAlembic() {
		Path chinese = Projects.generated(this.cli.run("revision", "-m", "添加 new_field 字段!", "--rev-id", "a1"));
		assertThat(chinese.getFileName()).hasToString("20241024_1430_a1_添加_new_field_字段.sql");
		Path longer = Projects.generated(this.cli.run("revision", "-m",
				"Add an index on user email to speed up the login lookups", "--rev-id", "b2"));
		assertThat(longer.getFileName()).hasToString("20241024_1430_b2_add_an_index_on_user_email_to_speed_up_.sql");
	}

	@Test
	void versionPathMustBeInALocation() throws IOException {
		Path sub = Projects.generated(this.cli.run("revision", "-m", "in a sub folder", "--rev-id", "a1",
				"--version-path", "src/main/resources/db/revisions/2024"));
		assertThat(sub.getParent()).isEqualTo(this.revisions.resolve("2024"));
		MigrationCli.Result outside = this.cli.run("revision", "-m", "elsewhere", "--version-path", "other");
		assertThat(outside.err()).isEqualTo("FAILED: Path " + this.project.resolve("other") + " is not represented in "
				+ "current version locations (classpath:db/revisions); choose a folder inside one of them, or add it "
				+ "to --locations\n");
		Files.createDirectories(this.project.resolve("more"));
		MigrationCli.Result several = this.cli.run("revision", "-m", "where", "--head", "base", "--locations",
				"classpath:db/revisions,filesystem:more");
		assertThat(several.err()).isEqualTo("FAILED: Multiple version locations present, please specify --version-path\n");
		Path followsHead = Projects.generated(this.cli.run("revision", "-m", "next", "--locations",
				"classpath:db/revisions,filesystem:more"));
		assertThat(followsHead.getParent()).isEqualTo(this.revisions.resolve("2024"));
	}

	@Test
	void mergeWritesARevisionWithSeveralDownRevisions() throws IOException {
		this.cli.run("revision", "-m", "first", "--rev-id", "a1");
		this.cli.run("revision", "-m", "left", "--rev-id", "b2");
		this.cli.run("revision", "-m", "right", "--rev-id", "c3", "--head", "a1", "--splice");
		Path merge = Projects.generated(this.cli.run("merge", "b2", "c3", "-m", "merge left and right", "--rev-id", "d4"));
		assertThat(Files.readString(merge)).startsWith("-- revision: d4\n-- down_revision: b2, c3\n"
				+ "-- message: merge left and right\n");
		assertThat(this.cli.run("show", "d4").out()).isEqualTo("Rev: d4 (head) (mergepoint)\nMerges: b2, c3\nPath: "
				+ merge + "\n\n    merge left and right\n    \n    Revision ID: d4\n    Revises: b2, c3\n"
				+ "    Create Date: 2024-10-24 14:30:05\n\n");
		MigrationCli.Result nothing = this.cli.run("merge", "heads", "-m", "again");
		assertThat(nothing.exitCode()).isEqualTo(1);
		assertThat(nothing.err()).isEqualTo("FAILED: Nothing to merge: heads names a single revision; a merge needs two "
				+ "or more, for example: migration merge heads\n");
	}

	@Test
	void initRefusesAFolderWithFilesAndKeepsAnExistingConfiguration() throws IOException {
		this.cli.run("revision", "-m", "first");
		MigrationCli.Result again = this.cli.run("init");
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err()).isEqualTo("FAILED: Directory " + this.revisions + " already exists and is not empty\n");
		MigrationCli.Result other = this.cli.run("init", "db/migrations");
		assertThat(other.out()).isEqualTo("Creating directory " + this.project.resolve("db/migrations") + " ...  done\n"
				+ "File " + this.project.resolve("migration.properties") + " already exists, skipping\n"
				+ "Please edit configuration/connection settings in '" + this.project.resolve("migration.properties")
				+ "' before proceeding.\n");
	}

	@Test
	void initInAFolderOfYourChoiceConfiguresTheLocation(@TempDir Path elsewhere) throws IOException {
		Cli cli = new Cli(elsewhere).at(SEED_TIME);
		cli.run("init", "db/migrations");
		assertThat(Files.readAllLines(elsewhere.resolve("migration.properties")))
			.contains("migration.locations=filesystem:db/migrations");
		Path file = Projects.generated(cli.run("revision", "-m", "first", "--rev-id", "a1"));
		assertThat(file).isEqualTo(elsewhere.resolve("db/migrations/20241024_1430_a1_first.sql"));
		assertThat(cli.run("heads").out()).isEqualTo("a1 (head)\n");
	}

}
