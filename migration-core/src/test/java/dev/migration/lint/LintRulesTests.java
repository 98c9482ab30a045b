package dev.migration.lint;

import org.junit.jupiter.api.Test;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each rule with a revision that triggers it and one that does not, as users see the findings.
 */
class LintRulesTests {

	private static final String SESSIONS = "CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, status VARCHAR(20));";

	private static Revisions withSessions() {
		return new Revisions().sql("a1", "none", "Create sessions table", SESSIONS, "DROP TABLE sessions;");
	}

	// ---------------------------------------------------------------- not-null-without-default

	@Test
	void notNullColumnWithoutDefaultOnAnExistingTableIsAnError() {
		Revisions revisions = withSessions().sql("b2", "a1", "Add owner to sessions",
				"ALTER TABLE sessions ADD COLUMN owner VARCHAR(100) NOT NULL;", "ALTER TABLE sessions DROP COLUMN owner;");
		assertThat(revisions.findings("postgresql", "not-null-without-default")).containsExactly(
				"classpath:db/revisions/b2.sql:6: error [not-null-without-default] Revision 'b2' adds column "
						+ "sessions.owner as NOT NULL without a default to the existing table sessions: this fails as "
						+ "soon as the table has a row. Add the column nullable, fill it, and set NOT NULL in a later "
						+ "revision; or give it a server default. If the table is always empty when this runs, add the "
						+ "header line '-- lint_ignore: not-null-without-default (<reason>)'.");
		assertThat(revisions.findings("mariadb", "not-null-without-default")).singleElement()
			.asString()
			.contains("MariaDB and MySQL silently give every existing row the type's implicit default");
	}

	@Test
	void notNullColumnWithADefaultGeneratedOrOnANewTableIsFine() {
		Revisions revisions = withSessions().sql("b2", "a1", "Add columns to sessions", """
				ALTER TABLE sessions ADD COLUMN owner VARCHAR(100) NOT NULL DEFAULT 'nobody',
				  ADD COLUMN seq BIGSERIAL NOT NULL,
				  ADD COLUMN n INT GENERATED ALWAYS AS IDENTITY,
				  ADD COLUMN note TEXT CHECK (note IS NOT NULL);
				CREATE TABLE tags (id INT PRIMARY KEY);
				ALTER TABLE tags ADD COLUMN name VARCHAR(10) NOT NULL;""", "DROP TABLE tags;");
		assertThat(revisions.findings("postgresql", "not-null-without-default")).isEmpty();
	}

	@Test
	void yamlAddColumnNotNullWithoutDefaultIsAnError() {
		Revisions revisions = withSessions().yamlFile("b2", """
				revision: b2
				down_revision: a1
				message: Add owner to sessions
				upgrade:
				  - add_column:
				      table_name: sessions
				      column: {name: owner, type: string(100), nullable: false}
				  - add_column:
				      table_name: sessions
				      column: {name: kind, type: string(10), nullable: false, server_default: "'chat'"}
				""");
		assertThat(revisions.findings("postgresql", "not-null-without-default")).singleElement()
			.asString()
			.startsWith("classpath:db/revisions/b2.yaml:5: error [not-null-without-default] Revision 'b2' adds column "
					+ "sessions.owner as NOT NULL")
			.endsWith("add 'lint_ignore: [{rule: not-null-without-default, reason: \"<reason>\"}]' to the file.");
	}

	// ---------------------------------------------------------------- create-index-not-concurrently

	@Test
	void indexWithoutConcurrentlyOnAnExistingPostgresqlTableIsAWarning() {
		Revisions revisions = withSessions().sql("b2", "a1", "Index sessions by status",
				"CREATE INDEX ix_sessions_status ON sessions (status);", "DROP INDEX ix_sessions_status;");
		assertThat(revisions.findings("postgresql", "create-index-not-concurrently")).singleElement()
			.asString()
			.startsWith("classpath:db/revisions/b2.sql:6: warning [create-index-not-concurrently] Revision 'b2' "
					+ "creates index ix_sessions_status on the existing table sessions without CONCURRENTLY: "
					+ "PostgreSQL blocks every INSERT, UPDATE and DELETE on sessions until the whole index is built")
			.contains("Write CREATE INDEX CONCURRENTLY (postgresql_concurrently: true in YAML and Java)");
		assertThat(revisions.findings("mariadb", "create-index-not-concurrently")).as("PostgreSQL only").isEmpty();
	}

	@Test
	void indexConcurrentlyOrOnANewTableIsFine() {
		Revisions revisions = withSessions()
			.sql("b2", "a1", "Index sessions by status", "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_s ON "
					+ "public.sessions USING btree (status);", "DROP INDEX ix_s;")
			.yamlFile("c3", """
					revision: c3
					down_revision: b2
					message: Create tags with an index
					upgrade:
					  - create_table:
					      table_name: tags
					      columns: [{name: id, type: integer, primary_key: true}, {name: name, type: text}]
					  - create_index: {index_name: ix_tags_name, table_name: tags, columns: [name]}
					  - create_index:
					      index_name: ix_sessions_id
					      table_name: sessions
					      columns: [id]
					      postgresql_concurrently: true
					""");
		assertThat(revisions.findings("postgresql", "create-index-not-concurrently")).isEmpty();
	}

	// ---------------------------------------------------------------- table-rewriting-type-change

	@Test
	void typeChangeThatRewritesTheTableIsAWarningNamingBothTypes() {
		Revisions revisions = withSessions().sql("b2", "a1", "Make status an integer",
				"ALTER TABLE sessions ALTER COLUMN status TYPE INTEGER USING status::integer;",
				"ALTER TABLE sessions ALTER COLUMN status TYPE VARCHAR(20);");
		assertThat(revisions.findings("postgresql", "table-rewriting-type-change")).singleElement()
			.asString()
			.startsWith("classpath:db/revisions/b2.sql:6: warning [table-rewriting-type-change] Revision 'b2' changes "
					+ "the type of sessions.status from string(20) to integer: PostgreSQL rewrites the whole table and "
					+ "its indexes under an ACCESS EXCLUSIVE lock")
			.contains("add a new column of the new type, fill it in batches");
	}

	@Test
	void wideningAVarcharDoesNotRewrite() {
		Revisions revisions = withSessions().sql("b2", "a1", "Widen sessions status", """
				ALTER TABLE sessions ALTER COLUMN status TYPE VARCHAR(50);
				ALTER TABLE sessions ALTER COLUMN status SET DATA TYPE TEXT;""",
				"ALTER TABLE sessions ALTER COLUMN status TYPE VARCHAR(20);");
		assertThat(revisions.findings("postgresql", "table-rewriting-type-change")).isEmpty();
	}

	@Test
	void typeChangeFromAnUnknownTypeSaysSo() {
		Revisions revisions = new Revisions().sql("b2", "none", "Make legacy status an integer",
				"ALTER TABLE legacy ALTER COLUMN status TYPE INTEGER;", "ALTER TABLE legacy ALTER COLUMN status TYPE TEXT;");
		assertThat(revisions.findings("postgresql", "table-rewriting-type-change")).singleElement()
			.asString()
			.contains("changes the type of legacy.status to integer from a type the lint cannot tell (give "
					+ "existing_type, or declare the column in an earlier revision)");
	}

	@Test
	void mariaDbModifyThatCopiesTheTableIsAWarning() {
		Revisions revisions = withSessions().sql("b2", "a1", "Widen sessions status",
				"ALTER TABLE sessions MODIFY COLUMN status VARCHAR(100);",
				"ALTER TABLE sessions MODIFY COLUMN status VARCHAR(20);");
		assertThat(revisions.findings("mariadb", "table-rewriting-type-change")).singleElement()
			.asString()
			.contains("from string(20) to string(100): MariaDB copies the whole table");
		Revisions inPlace = withSessions().sql("b2", "a1", "Widen sessions status",
				"ALTER TABLE sessions MODIFY COLUMN status VARCHAR(40);",
				"ALTER TABLE sessions MODIFY COLUMN status VARCHAR(20);");
		assertThat(inPlace.findings("mariadb", "table-rewriting-type-change")).isEmpty();
	}

	@Test
	void yamlAlterColumnUsesItsExistingType() {
		String yaml = """
				revision: b2
				down_revision: a1
				message: Change sessions status
				upgrade:
				  - alter_column:
				      table_name: sessions
				      column_name: status
				      type: %s
				      existing_type: %s
				""";
		assertThat(withSessions().yamlFile("b2", yaml.formatted("'numeric(12, 2)'", "'numeric(10, 2)'"))
			.findings("postgresql", "table-rewriting-type-change")).isEmpty();
		assertThat(withSessions().yamlFile("b2", yaml.formatted("'numeric(12, 4)'", "'numeric(10, 2)'"))
			.findings("postgresql", "table-rewriting-type-change")).singleElement()
			.asString()
			.contains("from numeric(10, 2) to numeric(12, 4)");
	}

	// ---------------------------------------------------------------- set-not-null-after-fill

	@Test
	void addFillAndSetNotNullInOneRevisionIsAWarning() {
		Revisions revisions = withSessions().sql("b2", "a1", "Add new_field to sessions", """
				ALTER TABLE sessions ADD COLUMN new_field VARCHAR(100);
				UPDATE sessions SET new_field = 'default' WHERE new_field IS NULL;
				ALTER TABLE sessions ALTER COLUMN new_field SET NOT NULL;""",
				"ALTER TABLE sessions DROP COLUMN new_field;");
		assertThat(revisions.findings("postgresql", "set-not-null-after-fill")).singleElement()
			.asString()
			.startsWith("classpath:db/revisions/b2.sql:8: warning [set-not-null-after-fill] Revision 'b2' adds "
					+ "sessions.new_field, fills it with an UPDATE at line 7 and sets it NOT NULL in one go. The lint cannot "
					+ "know the table's size")
			.contains("set NOT NULL in a later revision (on PostgreSQL 12+, first ADD CONSTRAINT ... CHECK (new_field "
					+ "IS NOT NULL) NOT VALID");
	}

	@Test
	void settingNotNullInALaterRevisionIsFine() {
		Revisions revisions = withSessions()
			.sql("b2", "a1", "Add new_field to sessions", """
					ALTER TABLE sessions ADD COLUMN new_field VARCHAR(100);
					UPDATE sessions SET new_field = 'default' WHERE new_field IS NULL;""",
					"ALTER TABLE sessions DROP COLUMN new_field;")
			.sql("c3", "b2", "Make sessions new_field required",
					"ALTER TABLE sessions ALTER COLUMN new_field SET NOT NULL;",
					"ALTER TABLE sessions ALTER COLUMN new_field DROP NOT NULL;");
		assertThat(revisions.findings("postgresql", "set-not-null-after-fill")).isEmpty();
	}

	@Test
	void theSeedsJavaDataMigrationIsAWarningToo() {
		Revisions revisions = withSessions().java(new MigrateStatus());
		assertThat(revisions.findings("postgresql", "set-not-null-after-fill")).singleElement()
			.asString()
			.startsWith("java:" + MigrateStatus.class.getName() + ": warning [set-not-null-after-fill] Revision "
					+ "'migrate_status' adds sessions.new_status, fills it with an UPDATE and sets it NOT NULL in one go.");
	}

	// ---------------------------------------------------------------- drop-table, drop-column

	@Test
	void droppingATableOrAColumnIsAnErrorUntilAcknowledged() {
		Revisions revisions = withSessions().sql("b2", "a1", "Drop legacy data", """
				ALTER TABLE sessions DROP COLUMN status;
				DROP TABLE IF EXISTS audit, sessions_old CASCADE;""", null);
		LintReport report = revisions.lint("postgresql");
		assertThat(report.findings()).filteredOn((finding) -> finding.ruleId().startsWith("drop-"))
			.extracting(LintFinding::describe)
			.containsExactly("classpath:db/revisions/b2.sql:6: error [drop-column] Revision 'b2' drops column "
					+ "sessions.status: its values are lost for good once this runs, and a downgrade can add the column "
					+ "back but not its data; an application still running the previous release fails on it too. If the "
					+ "data may go, acknowledge it: add the header line '-- lint_ignore: drop-column (<reason>)'. "
					+ "Otherwise stop using the column first and drop it in a later release.",
					"classpath:db/revisions/b2.sql:7: error [drop-table] Revision 'b2' drops table audit: its rows are "
							+ "lost for good once this runs, and a downgrade can recreate the table but not its data. If "
							+ "the data may go (or is copied elsewhere first), acknowledge it: add the header line '-- "
							+ "lint_ignore: drop-table (<reason>)'. Otherwise rename the table now and drop it in a later "
							+ "release, once nothing reads it.",
					"classpath:db/revisions/b2.sql:7: error [drop-table] Revision 'b2' drops table sessions_old: its "
							+ "rows are lost for good once this runs, and a downgrade can recreate the table but not its "
							+ "data. If the data may go (or is copied elsewhere first), acknowledge it: add the header line "
							+ "'-- lint_ignore: drop-table (<reason>)'. Otherwise rename the table now and drop it in a "
							+ "later release, once nothing reads it.");
		assertThat(report.hasErrors()).isTrue();
	}

	@Test
	void droppingWhatTheRevisionCreatedOrAConstraintIsFine() {
		Revisions revisions = withSessions().sql("b2", "a1", "Rebuild scratch table", """
				CREATE TABLE scratch (id INT);
				ALTER TABLE sessions ADD COLUMN tmp INT, DROP CONSTRAINT sessions_pkey;
				ALTER TABLE sessions DROP COLUMN tmp;
				ALTER TABLE sessions DROP INDEX ix_x, DROP PRIMARY KEY, DROP FOREIGN KEY fk_y;
				DROP TABLE scratch;""", "SELECT 1;");
		assertThat(revisions.findings("mariadb", "drop-column")).isEmpty();
		assertThat(revisions.findings("mariadb", "drop-table")).isEmpty();
	}

	@Test
	void yamlDropsAreErrorsToo() {
		Revisions revisions = withSessions().yamlFile("b2", """
				revision: b2
				down_revision: a1
				message: Drop sessions status
				upgrade:
				  - drop_column: {table_name: sessions, column_name: status}
				  - drop_table: {table_name: sessions}
				downgrade: []
				""");
		assertThat(revisions.lint("postgresql").findings()).extracting(LintFinding::ruleId, LintFinding::line)
			.contains(tuple("drop-column", 5), tuple("drop-table", 6));
	}

	// ---------------------------------------------------------------- no-downgrade, empty-downgrade

	@Test
	void aRevisionWithoutDowngradeIsAnErrorSayingHowToWriteOne() {
		Revisions revisions = withSessions().sql("b2", "a1", "Add owner to sessions",
				"ALTER TABLE sessions ADD COLUMN owner TEXT;", null);
		assertThat(revisions.findings("postgresql", "no-downgrade")).containsExactly(
				"classpath:db/revisions/b2.sql: error [no-downgrade] Revision 'b2' has no downgrade, so 'downgrade' "
						+ "cannot go below it and a bad release cannot be rolled back with the tool: Revision 'b2' "
						+ "(classpath:db/revisions/b2.sql) has no '-- downgrade' section, so it cannot be downgraded. Add "
						+ "a '-- downgrade' line after its upgrade statements, followed by the statements that undo them "
						+ "(nothing, if there is nothing to undo). If it truly cannot be undone, say so: add the header "
						+ "line '-- lint_ignore: no-downgrade (<reason>)'.");
		assertThat(withSessions().findings("postgresql", "no-downgrade")).isEmpty();
	}

	@Test
	void aYamlRevisionWhoseDowngradeCannotBeDerivedSaysWhichOperation() {
		Revisions revisions = withSessions().yamlFile("b2", """
				revision: b2
				down_revision: a1
				message: Backfill sessions
				upgrade:
				  - execute: {sql: "UPDATE sessions SET status = 'new'"}
				""");
		assertThat(revisions.findings("postgresql", "no-downgrade")).singleElement()
			.asString()
			.contains("classpath:db/revisions/b2.yaml:5:5:")
			.contains("Write the downgrade's operations in a 'downgrade:' section of the file.")
			.endsWith("add 'lint_ignore: [{rule: no-downgrade, reason: \"<reason>\"}]' to the file.");
	}

	@Test
	void anEmptyDowngradeOfASchemaChangeIsAWarning() {
		Revisions revisions = withSessions()
			.sql("b2", "a1", "Add owner to sessions", "ALTER TABLE sessions ADD COLUMN owner TEXT;", "")
			.sql("c3", "b2", "Backfill sessions owner", "UPDATE sessions SET owner = 'x';", "");
		assertThat(revisions.findings("postgresql", "empty-downgrade")).containsExactly(
				"classpath:db/revisions/b2.sql: warning [empty-downgrade] Revision 'b2' changes the schema (line 6: "
						+ "ALTER TABLE sessions ADD COLUMN owner TEXT) but its downgrade does nothing: downgrading past "
						+ "it leaves the change in place, and upgrading again then fails. Write the statements that undo "
						+ "the upgrade in the downgrade.");
	}

	// ---------------------------------------------------------------- multiple-heads

	@Test
	void twoHeadsOfTheSameBranchAreAnErrorOnEachHead() {
		Revisions revisions = withSessions()
			.sql("b2", "a1", "Add owner to sessions", "ALTER TABLE sessions ADD COLUMN owner TEXT;",
					"ALTER TABLE sessions DROP COLUMN owner;")
			.sql("c3", "a1", "Add title to sessions", "ALTER TABLE sessions ADD COLUMN title TEXT;",
					"ALTER TABLE sessions DROP COLUMN title;");
		assertThat(revisions.findings("postgresql", "multiple-heads")).containsExactlyInAnyOrder(
				"classpath:db/revisions/b2.sql: error [multiple-heads] Revision 'b2' is one of 2 heads of the same "
						+ "branch (b2, c3, no branch label): 'upgrade head' refuses to choose between them, and their "
						+ "revisions, written in parallel, run in an order nobody reviewed. Merge them with 'migration "
						+ "merge b2 c3 -m \"Merge ...\"', or point one revision's down_revision at the other head. If the "
						+ "branches are meant to stay apart, give each a branch label of its own.",
				"classpath:db/revisions/c3.sql: error [multiple-heads] Revision 'c3' is one of 2 heads of the same "
						+ "branch (b2, c3, no branch label): 'upgrade head' refuses to choose between them, and their "
						+ "revisions, written in parallel, run in an order nobody reviewed. Merge them with 'migration "
						+ "merge b2 c3 -m \"Merge ...\"', or point one revision's down_revision at the other head. If the "
						+ "branches are meant to stay apart, give each a branch label of its own.");
	}

	@Test
	void mergedHeadsAndLabelledBranchesAreFine() {
		Revisions merged = withSessions()
			.sql("b2", "a1", "Add owner to sessions", "ALTER TABLE sessions ADD COLUMN owner TEXT;",
					"ALTER TABLE sessions DROP COLUMN owner;")
			.sql("c3", "a1", "Add title to sessions", "ALTER TABLE sessions ADD COLUMN title TEXT;",
					"ALTER TABLE sessions DROP COLUMN title;")
			.sql("d4", "b2, c3", "Merge heads", "", "");
		assertThat(merged.findings("postgresql", "multiple-heads")).isEmpty();
		Revisions labelled = withSessions().sqlFile("x1", """
				-- revision: x1
				-- down_revision: none
				-- branch_labels: audit
				-- message: Create audit log table

				-- upgrade
				CREATE TABLE audit_log (id INT);
				-- downgrade
				DROP TABLE audit_log;
				""");
		assertThat(labelled.findings("postgresql", "multiple-heads")).isEmpty();
	}

	// ---------------------------------------------------------------- vague-message

	@Test
	void messagesAndIdsThatSayNothingAreWarnings() {
		Revisions revisions = withSessions()
			.sql("b2", "a1", "update", "SELECT 1;", "SELECT 1;")
			.sql("fix_2", "b2", "Fix DB", "SELECT 1;", "SELECT 1;")
			.sql("d4", "fix_2", "...", "SELECT 1;", "SELECT 1;")
			.sql("changes", "d4", "Add index on user_email", "SELECT 1;", "SELECT 1;");
		assertThat(revisions.findings("postgresql", "vague-message")).containsExactly(
				"classpath:db/revisions/b2.sql: warning [vague-message] Revision 'b2' has the message 'update', which "
						+ "says nothing about what it does: in 'history' and in review nobody can tell it from the "
						+ "others. Say what it changes, as in 'Add claude_session_id to sessions' or 'Create "
						+ "conversations table'.",
				"classpath:db/revisions/fix_2.sql: warning [vague-message] Revision 'fix_2' has the message 'Fix DB' "
						+ "and the id 'fix_2', which says nothing about what it does: in 'history' and in review nobody "
						+ "can tell it from the others. Say what it changes, as in 'Add claude_session_id to sessions' "
						+ "or 'Create conversations table'.",
				"classpath:db/revisions/d4.sql: warning [vague-message] Revision 'd4' has the message '...', which "
						+ "says nothing about what it does: in 'history' and in review nobody can tell it from the "
						+ "others. Say what it changes, as in 'Add claude_session_id to sessions' or 'Create "
						+ "conversations table'.",
				"classpath:db/revisions/changes.sql: warning [vague-message] Revision 'changes' has the id 'changes', "
						+ "which says nothing about what it does: in 'history' and in review nobody can tell it from the "
						+ "others. Say what it changes, as in 'Add claude_session_id to sessions' or 'Create "
						+ "conversations table'.");
	}

	@Test
	void descriptiveMessagesAndGeneratedIdsAreFine() {
		Revisions revisions = new Revisions()
			.sql("ae1027a6acf", "none", "Create sessions table", SESSIONS, "DROP TABLE sessions;")
			.sql("add_claude_session_id", "ae1027a6acf", "Add claude_session_id to session table", "SELECT 1;",
					"SELECT 1;")
			.sql("m1", "add_claude_session_id", "Merge heads", "SELECT 1;", "SELECT 1;");
		assertThat(revisions.findings("postgresql", "vague-message")).isEmpty();
	}

	// ---------------------------------------------------------------- not-analysed

	@Test
	void aJavaRevisionThatUsesTheConnectionIsOnlyPartlyAnalysed() {
		Revisions revisions = withSessions().java(new UsesConnection());
		LintReport report = revisions.lint("postgresql");
		assertThat(report.findings()).extracting(LintFinding::describe)
			.contains("java:" + UsesConnection.class.getName() + ": info [not-analysed] The lint checked only the first "
					+ "1 operation(s) of the upgrade of revision 'copy_rows': it uses the JDBC connection, and the lint cannot "
					+ "follow what it does with it. Review the rest by hand.")
			.anyMatch((line) -> line.contains("[drop-column] Revision 'copy_rows' drops column sessions.status"));
	}

	@RevisionInfo(id = "migrate_status", downRevision = "a1", message = "Move sessions to new_status")
	static final class MigrateStatus implements JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("sessions", Operations.column("new_status", "string(20)").nullable(true));
			op.execute("UPDATE sessions SET new_status = 'running' WHERE status = 'active'");
			op.alterColumn("sessions", "new_status", (c) -> c.nullable(false).existingNullable(true));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("sessions", "new_status");
		}

	}

	@RevisionInfo(id = "copy_rows", downRevision = "a1", message = "Copy sessions status into history")
	static final class UsesConnection implements JavaRevision {

		@Override
		public void upgrade(Operations op) throws Exception {
			op.dropColumn("sessions", "status");
			op.connection().createStatement().execute("SELECT 1");
		}

		@Override
		public void downgrade(Operations op) {
			op.addColumn("sessions", Operations.column("status", "string(20)"));
		}

	}

}
