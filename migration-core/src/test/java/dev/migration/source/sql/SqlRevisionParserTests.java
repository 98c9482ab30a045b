package dev.migration.source.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import dev.migration.MigrationException;
import dev.migration.revision.InvalidRevisionsException;
import dev.migration.revision.Revision;
import dev.migration.script.RevisionScript;
import dev.migration.source.RevisionFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading SQL revision files: the header, the sections, the statements and their lines, and the
 * problems a user sees.
 */
class SqlRevisionParserTests {

	private static final String LOCATION = "classpath:db/revisions/20241024_1430_add_claude_session_id.sql";

	private static final String CONTRACT_EXAMPLE = """
			-- revision: add_claude_session_id
			-- down_revision: previous_revision_id
			-- message: Add claude_session_id to session table
			-- create_date: 2024-10-24 14:30:00

			-- upgrade
			ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);
			CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

			-- downgrade
			DROP INDEX ix_sessions_claude_session_id;
			ALTER TABLE sessions DROP COLUMN claude_session_id;
			""";

	private final SqlRevisionParser parser = new SqlRevisionParser();

	@Test
	void readsTheContractExample() throws Exception {
		RevisionScript script = parse(CONTRACT_EXAMPLE);
		assertThat(script.revision()).isEqualTo(new Revision("add_claude_session_id", List.of("previous_revision_id"),
				List.of(), List.of(), "Add claude_session_id to session table", "2024-10-24 14:30:00", LOCATION));
		assertThat(script.transactional()).isTrue();
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(upgrade(script, "postgresql")).containsExactly(
				"7: ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100)",
				"8: CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id)");
		assertThat(downgrade(script, "mariadb")).containsExactly("11: DROP INDEX ix_sessions_claude_session_id",
				"12: ALTER TABLE sessions DROP COLUMN claude_session_id");
		assertThat(script.checksum()).isEqualTo(sha256(CONTRACT_EXAMPLE));
	}

	@Test
	void checksumIgnoresLineEndingsAndAByteOrderMarkButNothingElse() {
		String checksum = parse(CONTRACT_EXAMPLE).checksum();
		assertThat(parse(CONTRACT_EXAMPLE.replace("\n", "\r\n")).checksum()).isEqualTo(checksum);
		assertThat(parse(CONTRACT_EXAMPLE.replace("\n", "\r")).checksum()).isEqualTo(checksum);
		assertThat(parse("\uFEFF" + CONTRACT_EXAMPLE).checksum()).isEqualTo(checksum);
		assertThat(parse(CONTRACT_EXAMPLE.replace("VARCHAR(100)", "VARCHAR(101)")).checksum()).isNotEqualTo(checksum);
		assertThat(parse(CONTRACT_EXAMPLE + "\n").checksum()).isNotEqualTo(checksum);
	}

	@Test
	void crlfFilesReportTheSameLines() {
		RevisionScript script = parse(CONTRACT_EXAMPLE.replace("\n", "\r\n"));
		assertThat(upgrade(script, "h2")).containsExactly(
				"7: ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100)",
				"8: CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id)");
	}

	@Test
	void readsMergesLabelsDependenciesAndTransactional() {
		RevisionScript script = parse("""
				-- revision: merge_1
				-- down_revision: a1, b_2 ,c3
				-- branch_labels: core, api
				-- depends_on: other_1
				-- transactional: false
				-- upgrade
				""");
		assertThat(script.revision().downRevisions()).containsExactly("a1", "b_2", "c3");
		assertThat(script.revision().branchLabels()).containsExactly("core", "api");
		assertThat(script.revision().dependsOn()).containsExactly("other_1");
		assertThat(script.revision().message()).isEmpty();
		assertThat(script.revision().createDate()).isNull();
		assertThat(script.transactional()).isFalse();
		assertThat(upgrade(script, "postgresql")).isEmpty();
	}

	@Test
	void noneMakesABase() {
		RevisionScript script = parse("-- revision: first\n-- down_revision: None\n-- branch_labels: none\n-- upgrade\n");
		assertThat(script.revision().isBase()).isTrue();
		assertThat(script.revision().branchLabels()).isEmpty();
	}

	@Test
	void withoutADowngradeSectionDowngradeIsAnErrorNamingTheRevisionAndFile() {
		RevisionScript script = parse("-- revision: a\n-- down_revision: none\n-- upgrade\nCREATE TABLE t (x int);\n");
		assertThat(script.hasDowngrade()).isFalse();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> script.downgrade(new RecordingContext("postgresql")))
			.withMessage("Revision 'a' (" + LOCATION + ") has no '-- downgrade' section, so it cannot be downgraded. "
					+ "Add a '-- downgrade' line after its upgrade statements, followed by the statements that undo "
					+ "them (nothing, if there is nothing to undo).");
	}

	@Test
	void anEmptyDowngradeSectionDowngradesByDoingNothing() {
		RevisionScript script = parse("-- revision: a\n-- down_revision: none\n-- upgrade\nSELECT 1;\n-- downgrade\n\n");
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(downgrade(script, "postgresql")).isEmpty();
	}

	@Test
	void sectionLinesIgnoreCaseAndSpaces() {
		RevisionScript script = parse("-- revision: a\n-- down_revision: none\n  --   UPGRADE  \nSELECT 1;\n--Downgrade\nSELECT 2;");
		assertThat(upgrade(script, "h2")).containsExactly("4: SELECT 1");
		assertThat(downgrade(script, "h2")).containsExactly("6: SELECT 2");
	}

	@Test
	void commentsAndBlankLinesMayStandAmongAndAfterTheHeader() {
		RevisionScript script = parse("""
				/* Adds the audit table.
				   Reviewed by the DBA team. */
				-- revision: audit

				-- Not a header line, just a comment
				-- down_revision: none
				-- see https://example.com/ticket/42

				-- upgrade
				-- the table
				CREATE TABLE audit (
				  id int -- the key
				);
				""");
		assertThat(script.revision().id()).isEqualTo("audit");
		assertThat(upgrade(script, "postgresql")).containsExactly("11: CREATE TABLE audit (\n  id int -- the key\n)");
	}

	@Test
	void statementsAreSplitForTheDatabaseTheyRunOn() {
		RevisionScript script = parse("""
				-- revision: fn
				-- down_revision: none
				-- upgrade
				CREATE FUNCTION one() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
				SELECT 5 # 3; SELECT 2;
				""");
		assertThat(upgrade(script, "postgresql")).containsExactly(
				"4: CREATE FUNCTION one() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", "5: SELECT 5 # 3", "5: SELECT 2");
		assertThat(upgrade(script, "mysql")).containsExactly("4: CREATE FUNCTION one() RETURNS int AS $$ SELECT 1",
				"4: $$ LANGUAGE sql", "5: SELECT 5");
		assertThat(upgrade(script, "postgresql")).as("the same again, from the cache").hasSize(3);
	}

	@Test
	void anUnclosedStringStopsTheRevisionBeforeAnyStatementRuns() {
		RevisionScript script = parse("""
				-- revision: broken
				-- down_revision: none
				-- upgrade
				INSERT INTO paths VALUES ('C:\\');
				DROP TABLE old;
				""");
		RecordingContext context = new RecordingContext("mariadb");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> script.upgrade(context))
			.withMessage(LOCATION + ":4:27: the string literal that starts here, in the upgrade section of revision "
					+ "'broken', is never closed (no ' follows), so it swallows the rest of the section. Close it, then "
					+ "run again. MySQL and MariaDB read a backslash in a string as an escape: write '\\\\' for one "
					+ "backslash. (Split as MySQL/MariaDB SQL.)");
		assertThat(context.applied()).isEmpty();
		assertThat(upgrade(script, "postgresql")).containsExactly("4: INSERT INTO paths VALUES ('C:\\')",
				"5: DROP TABLE old");
	}

	@Test
	void reportsEveryProblemOfAFileAtOnceWithLinesAndColumns() {
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> parse("""
				-- revision: add-x
				-- down_revison: a
				-- down_revision: a,,b c
				-- transactional: yes
				-- message: one
				-- message: two
				CREATE TABLE t (x int);
				-- upgrade
				SELECT 1;
				""")).satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactly(
				LOCATION + ":1:14: Revision id 'add-x' is not valid: use only letters, digits and '_'.",
				LOCATION + ":2:4: Unknown header key 'down_revison'. Did you mean 'down_revision'?",
				LOCATION + ":3:21: Empty item in down_revision. Remove the extra comma.",
				LOCATION + ":3:22: 'b c' in down_revision is not a valid revision id: use only letters, digits "
						+ "and '_', and separate several with commas.",
				LOCATION + ":4:19: transactional must be 'true' or 'false', not 'yes'.",
				LOCATION + ":6:4: Duplicate header key 'message' (first given at line 5). Keep only one '-- message:' line.",
				LOCATION + ":7:1: SQL above the '-- upgrade' line (line 8). Statements belong in a section: move them "
						+ "below '-- upgrade', or make them comments."));
	}

	@Test
	void anEmptyFileLacksTheRequiredParts() {
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> parse("\n"))
			.satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactlyInAnyOrder(
					LOCATION + ": No '-- upgrade' line. Put a line '-- upgrade' after the header, followed by the "
							+ "upgrade statements.",
					LOCATION + ": Missing header line '-- revision: <id>'. Add it at the top of the file, for example "
							+ "'-- revision: ae1027a6acf'.",
					LOCATION + ": Missing header line '-- down_revision: ...'. Add '-- down_revision: none' for a "
							+ "first revision, or '-- down_revision: <id>' naming the revision this one follows."));
	}

	@Test
	void sqlWithoutAnySectionIsPointedAt() {
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> parse("-- revision: a\n-- down_revision: none\n\n  CREATE TABLE t (x int);\n"))
			.satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactly(
					LOCATION + ":4:3: SQL outside any section. Put a line '-- upgrade' above the upgrade statements."));
	}

	@Test
	void aKeyFarFromEveryKeyListsTheKeys() {
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> parse("-- revision: a\n-- down_revision: none\n-- TODO: rename\n-- upgrade\n"))
			.satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactly(LOCATION
					+ ":3:4: Unknown header key 'TODO'. The header keys are revision, down_revision, branch_labels, "
					+ "depends_on, message, create_date, transactional, lint_ignore. If this line is a comment, reword it "
					+ "so that it does not read as '-- key: value'."));
	}

	@Test
	void suggestsKeysForCommonSlips() {
		assertThat(KeySuggestion.nearest("Revision", SqlHeaderReader.KEYS)).isEqualTo("revision");
		assertThat(KeySuggestion.nearest("down-revision", SqlHeaderReader.KEYS)).isEqualTo("down_revision");
		assertThat(KeySuggestion.nearest("depends", SqlHeaderReader.KEYS)).isEqualTo("depends_on");
		assertThat(KeySuggestion.nearest("branch_label", SqlHeaderReader.KEYS)).isEqualTo("branch_labels");
		assertThat(KeySuggestion.nearest("date", SqlHeaderReader.KEYS)).isEqualTo("create_date");
		assertThat(KeySuggestion.nearest("author", SqlHeaderReader.KEYS)).isNull();
	}

	@Test
	void aSectionLineWithAColonIsExplained() {
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> parse("-- revision: a\n-- down_revision: none\n-- upgrade:\nSELECT 1;\n"))
			.satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactly(
					LOCATION + ":3:4: '-- upgrade:' is not a section line. Start the upgrade section with a line that "
							+ "is just '-- upgrade', without a colon.",
					LOCATION + ":4:1: SQL outside any section. Put a line '-- upgrade' above the upgrade statements."));
	}

	@Test
	void sectionsComeOnceAndInOrder() {
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> parse("""
				-- revision: a
				-- down_revision: none
				-- downgrade
				DROP TABLE t;
				-- upgrade
				CREATE TABLE t (x int);
				-- upgrade
				""")).satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactly(
				LOCATION + ":3: The '-- downgrade' section comes before '-- upgrade' (line 5). Move the downgrade "
						+ "section after the upgrade section.",
				LOCATION + ":7: Second '-- upgrade' line; the upgrade section already starts at line 5. A file has "
						+ "one upgrade section: remove this line, or merge the two sections."));
	}

	@Test
	void revisionIdsAndListsAreChecked() {
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> parse("""
				-- revision:
				-- down_revision: a, none
				-- branch_labels: x@y
				-- depends_on: b, b
				-- upgrade
				""")).satisfies((ex) -> assertThat(ex.problems()).map(Object::toString).containsExactly(
				LOCATION + ":1:13: The revision id is empty. Write the id after 'revision:', for example "
						+ "'-- revision: ae1027a6acf'.",
				LOCATION + ":2:22: 'none' cannot be listed with other ids in down_revision. Write 'none' alone, or "
						+ "list only ids.",
				LOCATION + ":3:19: 'x@y' in branch_labels is not a valid branch label: use only letters, digits and "
						+ "'_', and separate several with commas.",
				LOCATION + ":4:19: 'b' is listed twice in depends_on. List it once."));
	}

	@Test
	void readsOnlySqlFiles() {
		assertThat(this.parser.supports("20241024_1430_a_add_x.sql")).isTrue();
		assertThat(this.parser.supports("UPPER.SQL")).isTrue();
		assertThat(this.parser.supports("a.sql.bak")).isFalse();
		assertThat(this.parser.supports("a.yaml")).isFalse();
	}

	private RevisionScript parse(String content) {
		return this.parser.parse(new RevisionFile(LOCATION, "20241024_1430_add_claude_session_id.sql", content));
	}

	private static List<String> upgrade(RevisionScript script, String databaseKind) {
		RecordingContext context = new RecordingContext(databaseKind);
		script.upgrade(context);
		return context.applied();
	}

	private static List<String> downgrade(RevisionScript script, String databaseKind) {
		RecordingContext context = new RecordingContext(databaseKind);
		script.downgrade(context);
		return context.applied();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
