package dev.migration.lint;

import org.junit.jupiter.api.Test;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;
import dev.migration.revision.InvalidRevisionsException;
import dev.migration.script.LintSuppression;
import dev.migration.source.RevisionFile;
import dev.migration.source.sql.SqlRevisionParser;
import dev.migration.source.yaml.YamlRevisionParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Silencing a rule for one revision with a written reason, in each format, and what users see
 * when a suppression is wrong or useless.
 */
class LintSuppressionTests {

	private static final String BASE = "CREATE TABLE sessions (id INT PRIMARY KEY, status TEXT, old_status TEXT);";

	private static Revisions base() {
		return new Revisions().sql("a1", "none", "Create sessions table", BASE, "DROP TABLE sessions;");
	}

	@Test
	void aSqlHeaderLineSilencesARuleWithItsReason() {
		LintReport report = base().sqlFile("b2", """
				-- revision: b2
				-- down_revision: a1
				-- message: Drop sessions old_status
				-- lint_ignore: drop-column (old_status is unused since 2.3; its values are in sessions_archive)

				-- upgrade
				ALTER TABLE sessions DROP COLUMN old_status;

				-- downgrade
				ALTER TABLE sessions ADD COLUMN old_status TEXT;
				""").lint("postgresql");
		assertThat(report.findings()).isEmpty();
		assertThat(report.hasErrors()).isFalse();
		assertThat(report.suppressed()).extracting((s) -> s.finding().ruleId(), (s) -> s.finding().line(),
				LintReport.SuppressedFinding::reason)
			.containsExactly(tuple("drop-column", 7, "old_status is unused since 2.3; its values are in sessions_archive"));
		assertThat(report.describe()).isEqualTo("0 errors, 0 warnings, 0 infos; 1 silenced by lint_ignore");
	}

	@Test
	void sqlHeaderLinesRepeatNameSeveralRulesAndMaySpellTheKeyWithADash() {
		LintReport report = base().sqlFile("b2", """
				-- revision: b2
				-- down_revision: a1
				-- message: Replace sessions by sessions2
				-- lint-ignore: drop-table, drop-column (sessions2 holds every row; see ticket 42)
				-- lint_ignore: no-downgrade (the old table cannot come back)

				-- upgrade
				ALTER TABLE sessions DROP COLUMN status;
				DROP TABLE sessions;
				""").lint("postgresql");
		assertThat(report.findings()).isEmpty();
		assertThat(report.suppressed()).extracting((s) -> s.finding().ruleId(), LintReport.SuppressedFinding::reason)
			.containsExactlyInAnyOrder(tuple("drop-column", "sessions2 holds every row; see ticket 42"),
					tuple("drop-table", "sessions2 holds every row; see ticket 42"),
					tuple("no-downgrade", "the old table cannot come back"));
	}

	@Test
	void aSuppressionWithoutAReasonSilencesNothingAndIsAnError() {
		LintReport report = base().sqlFile("b2", """
				-- revision: b2
				-- down_revision: a1
				-- message: Drop sessions old_status
				-- lint_ignore: drop-column

				-- upgrade
				ALTER TABLE sessions DROP COLUMN old_status;
				-- downgrade
				ALTER TABLE sessions ADD COLUMN old_status TEXT;
				""").lint("postgresql");
		assertThat(report.findings()).extracting(LintFinding::describe).containsExactly(
				"classpath:db/revisions/b2.sql:4: error [invalid-suppression] Revision 'b2' silences 'drop-column' "
						+ "without a reason: a suppression is a written decision, so it silences nothing until it says "
						+ "why the finding is acceptable; add the header line '-- lint_ignore: drop-column (why it is "
						+ "safe)'.",
				"classpath:db/revisions/b2.sql:7: error [drop-column] Revision 'b2' drops column sessions.old_status: "
						+ "its values are lost for good once this runs, and a downgrade can add the column back but not "
						+ "its data; an application still running the previous release fails on it too. If the data may "
						+ "go, acknowledge it: add the header line '-- lint_ignore: drop-column (<reason>)'. Otherwise "
						+ "stop using the column first and drop it in a later release.");
		assertThat(report.suppressed()).isEmpty();
	}

	@Test
	void aSuppressionOfAnUnknownRuleIsAnErrorListingTheRules() {
		LintReport report = base().sqlFile("b2", """
				-- revision: b2
				-- down_revision: a1
				-- message: Add owner to sessions
				-- lint_ignore: dorp-column (typo)
				-- lint_ignore: invalid-suppression (trying)

				-- upgrade
				ALTER TABLE sessions ADD COLUMN owner TEXT;
				-- downgrade
				ALTER TABLE sessions DROP COLUMN owner;
				""").lint("postgresql");
		assertThat(report.findings()).extracting(LintFinding::describe).containsExactly(
				"classpath:db/revisions/b2.sql:4: error [invalid-suppression] Revision 'b2' silences 'dorp-column', "
						+ "which is not a lint rule, so it silences nothing. The rules are create-index-not-concurrently, "
						+ "drop-column, drop-table, empty-downgrade, multiple-heads, no-downgrade, not-analysed, "
						+ "not-null-without-default, set-not-null-after-fill, table-rewriting-type-change, "
						+ "unused-suppression, vague-message.",
				"classpath:db/revisions/b2.sql:5: error [invalid-suppression] Revision 'b2' tries to silence "
						+ "'invalid-suppression', which cannot be silenced: fix the suppressions it reports instead.");
	}

	@Test
	void aSuppressionThatSilencesNothingIsReportedForInformation() {
		LintReport report = base().sqlFile("b2", """
				-- revision: b2
				-- down_revision: a1
				-- message: Add owner to sessions
				-- lint_ignore: drop-column (copied from another file)

				-- upgrade
				ALTER TABLE sessions ADD COLUMN owner TEXT;
				-- downgrade
				ALTER TABLE sessions DROP COLUMN owner;
				""").lint("postgresql");
		assertThat(report.findings()).extracting(LintFinding::describe).containsExactly(
				"classpath:db/revisions/b2.sql:4: info [unused-suppression] Revision 'b2' silences 'drop-column', but "
						+ "that rule finds nothing in it: remove the lint_ignore, so that it cannot hide a finding the "
						+ "revision gets later.");
		assertThat(report.hasErrors()).isFalse();
	}

	@Test
	void yamlListsSuppressionsAtTheTopLevel() {
		LintReport report = base().yamlFile("b2", """
				revision: b2
				down_revision: a1
				message: Drop sessions old_status
				lint_ignore:
				  - {rule: drop-column, reason: "old_status is unused since 2.3"}
				  - rule: no-downgrade
				upgrade:
				  - drop_column: {table_name: sessions, column_name: old_status}
				""").lint("postgresql");
		assertThat(report.suppressed()).extracting((s) -> s.finding().ruleId(), LintReport.SuppressedFinding::reason)
			.containsExactly(tuple("drop-column", "old_status is unused since 2.3"));
		assertThat(report.findings()).extracting(LintFinding::ruleId).containsExactly("no-downgrade",
				"invalid-suppression");
		assertThat(report.findings()).extracting(LintFinding::ruleId, LintFinding::line, LintFinding::message)
			.contains(tuple("invalid-suppression", 6, "Revision 'b2' silences 'no-downgrade' without a reason: a "
					+ "suppression is a written decision, so it silences nothing until it says why the finding is "
					+ "acceptable; add 'lint_ignore: [{rule: no-downgrade, reason: \"why it is safe\"}]' to the file."));
	}

	@Test
	void aYamlSuppressionWithoutARuleIsAProblemOfTheFile() {
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> base().yamlFile("b2", """
				revision: b2
				down_revision: a1
				lint_ignore:
				  - {reason: "because", rul: drop-column}
				upgrade: []
				""")).satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString).containsExactly(
						"classpath:db/revisions/b2.yaml:4:5: missing key 'rule' of a lint_ignore entry",
						"classpath:db/revisions/b2.yaml:4:25: unknown key 'rul' of a lint_ignore entry; did you mean "
								+ "'rule'?"));
	}

	@Test
	void javaRevisionsSilenceRulesOnTheirAnnotation() {
		LintReport report = base().java(new DropOldStatus()).lint("postgresql");
		assertThat(report.findings()).isEmpty();
		assertThat(report.suppressed()).extracting((s) -> s.finding().ruleId(), LintReport.SuppressedFinding::reason)
			.containsExactly(tuple("drop-column", "old_status is unused since 2.3"));
	}

	@Test
	void acknowledgingAFindingInAnAppliedRevisionDoesNotChangeItsChecksum() {
		String sql = """
				-- revision: b2
				-- down_revision: a1
				-- message: Drop sessions old_status
				%s-- upgrade
				ALTER TABLE sessions DROP COLUMN old_status;%s
				""";
		String plain = checksum("b2.sql", sql.formatted("", ""));
		assertThat(checksum("b2.sql", sql.formatted("-- lint_ignore: drop-column (archived)\n"
				+ "-- lint-ignore: no-downgrade (irreversible)\n", ""))).isEqualTo(plain);
		assertThat(checksum("b2.sql", sql.formatted("", " -- edited"))).isNotEqualTo(plain);
		String yaml = """
				revision: b2
				down_revision: a1
				%supgrade:
				  - drop_column: {table_name: sessions, column_name: old_status}
				%s""";
		String plainYaml = checksum("b2.yaml", yaml.formatted("", ""));
		assertThat(checksum("b2.yaml", yaml.formatted("lint_ignore:\n  - {rule: drop-column, reason: archived}\n"
				+ "  - rule: no-downgrade\n    reason: irreversible\n", ""))).isEqualTo(plainYaml);
		assertThat(checksum("b2.yaml", yaml.formatted("", "lint_ignore: [{rule: drop-column, reason: archived}]\n")))
			.isEqualTo(plainYaml);
		assertThat(checksum("b2.yaml", yaml.formatted("message: Drop it\n", ""))).isNotEqualTo(plainYaml);
	}

	private static String checksum(String file, String content) {
		RevisionFile revisionFile = new RevisionFile("classpath:db/revisions/" + file, file, content);
		return file.endsWith(".sql") ? new SqlRevisionParser().parse(revisionFile).checksum()
				: new YamlRevisionParser().parse(revisionFile).checksum();
	}

	@Test
	void suppressionsReadBothForms() {
		assertThat(LintSuppression.parse("drop-column: unused (since 2.3)", 0))
			.containsExactly(new LintSuppression("drop-column", "unused (since 2.3)", 0));
		assertThat(LintSuppression.parse(" drop-table , drop-column (moved: see ticket 1) ", 4)).containsExactly(
				new LintSuppression("drop-table", "moved: see ticket 1", 4),
				new LintSuppression("drop-column", "moved: see ticket 1", 4));
		assertThat(LintSuppression.parse("drop-table", 2)).containsExactly(new LintSuppression("drop-table", "", 2));
	}

	@RevisionInfo(id = "drop_old_status", downRevision = "a1", message = "Drop sessions old_status",
			lintIgnore = "drop-column: old_status is unused since 2.3")
	static final class DropOldStatus implements JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.dropColumn("sessions", "old_status");
		}

		@Override
		public void downgrade(Operations op) {
			op.addColumn("sessions", Operations.column("old_status", "text"));
		}

	}

}
