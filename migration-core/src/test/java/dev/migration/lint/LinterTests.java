package dev.migration.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.MigrationException;
import dev.migration.Migrator;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The linter as {@code migration check} and the starter call it: over a migrator's revision
 * files, findings in upgrade order, a report that says whether to fail, and rules of one's own.
 */
class LinterTests {

	@TempDir
	Path folder;

	@Test
	void lintsAMigratorsFilesInUpgradeOrderWithoutADatabase() throws IOException {
		Files.writeString(this.folder.resolve("b.sql"), """
				-- revision: r2
				-- down_revision: r1
				-- message: fix

				-- upgrade
				ALTER TABLE sessions DROP COLUMN status;
				""");
		Files.writeString(this.folder.resolve("a.yaml"), """
				revision: r1
				down_revision: none
				message: Create sessions table
				upgrade:
				  - create_table:
				      table_name: sessions
				      columns: [{name: id, type: integer, primary_key: true}, {name: status, type: text}]
				""");
		Migrator migrator = Migrator.builder()
			.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse("filesystem:" + this.folder))))
			.build();
		LintReport report = Linter.forDatabase("pg").lint(migrator);
		assertThat(report.findings()).extracting(LintFinding::revision, LintFinding::ruleId, LintFinding::line)
			.containsExactly(tuple("r2", "no-downgrade", 0),
					tuple("r2", "vague-message", 0),
					tuple("r2", "drop-column", 6));
		assertThat(report.hasErrors()).isTrue();
		assertThat(report.findings(Severity.WARNING)).extracting(LintFinding::ruleId).containsExactly("vague-message");
		assertThat(report.describe()).startsWith("filesystem:" + this.folder.resolve("b.sql") + ": error [no-downgrade] ")
			.endsWith("\n2 errors, 1 warning, 0 infos");
	}

	@Test
	void noRevisionsNoFindings() {
		Migrator migrator = Migrator.builder()
			.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse("filesystem:" + this.folder))))
			.build();
		LintReport report = Linter.forDatabase("h2").lint(migrator);
		assertThat(report.findings()).isEmpty();
		assertThat(report.describe()).isEqualTo("0 errors, 0 warnings, 0 infos");
	}

	@Test
	void aTeamCanAddARuleOfItsOwnAndSilenceIt() {
		LintRule noTruncate = new LintRule() {

			@Override
			public String id() {
				return "no-truncate";
			}

			@Override
			public Severity severity() {
				return Severity.ERROR;
			}

			@Override
			public String summary() {
				return "TRUNCATE in a revision";
			}

			@Override
			public List<LintFinding> check(LintedRevision revision) {
				return revision.upgradeOperations()
					.stream()
					.filter((op) -> op.operation().toString().contains("TRUNCATE"))
					.map((op) -> revision.finding(this, op.line(), "no TRUNCATE"))
					.toList();
			}

		};
		Linter linter = Linter.forDatabase("postgresql").withRule(noTruncate);
		assertThat(linter.rules()).extracting(LintRule::id).endsWith("no-truncate");
		Revisions revisions = new Revisions().sql("a1", "none", "Empty the sessions table", "TRUNCATE sessions;",
				"SELECT 1;");
		assertThat(revisions.lint(linter)).extracting(LintFinding::describe)
			.containsExactly("classpath:db/revisions/a1.sql:6: error [no-truncate] no TRUNCATE");
		Revisions silenced = new Revisions().sqlFile("a1", """
				-- revision: a1
				-- down_revision: none
				-- message: Empty the sessions table
				-- lint_ignore: no-truncate (the table only holds caches)
				-- upgrade
				TRUNCATE sessions;
				-- downgrade
				""");
		assertThat(silenced.lint(linter)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> linter.withRule(noTruncate))
			.withMessage("Two lint rules have the id 'no-truncate'");
	}

	@Test
	void anUnknownDatabaseIsRefused() {
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Linter.forDatabase("oracle"))
			.withMessage("Unsupported database 'oracle': the engine supports postgresql, mariadb, mysql and h2");
		assertThat(Linter.forDatabase("postgres").databaseKind()).isEqualTo("postgresql");
	}

}
