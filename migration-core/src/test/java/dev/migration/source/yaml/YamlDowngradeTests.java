package dev.migration.source.yaml;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.migration.MigrationException;
import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.Column;
import dev.migration.operation.ColumnType;
import dev.migration.operation.ConstraintType;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreateTable;
import dev.migration.operation.DialectOptions;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.DropTable;
import dev.migration.operation.Execute;
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;
import dev.migration.script.MigrationContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Downgrades: written in the file, derived from the upgrade's inverses, or refused with the
 * reason.
 */
class YamlDowngradeTests {

	private static final String FILE = YamlFiles.LOCATION;

	private static final Column CLAUDE_SESSION_ID = new Column("claude_session_id", ColumnType.string(100), true,
			false, null, false, null, null, DialectOptions.NONE);

	@Test
	void aDerivedDowngradeDropsAForeignKeyBeforeTheIndexesOfItsTableCreatedAfterIt() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: link
				down_revision: previous_revision_id
				upgrade:
				  - create_foreign_key:
				      constraint_name: fk_conversations_session
				      source_table: conversations
				      referent_table: sessions
				      local_cols: [session_id]
				      remote_cols: [id]
				  - create_index:
				      index_name: ix_conversations_session_id
				      table_name: conversations
				      columns: [session_id]
				  - create_index:
				      index_name: ix_conversations_both
				      table_name: conversations
				      columns: [session_id, id]
				  - create_foreign_key:
				      constraint_name: fk_sessions_owner
				      source_table: sessions
				      referent_table: owners
				      local_cols: [owner_id]
				      remote_cols: [id]
				  - create_index:
				      index_name: ix_owners_name
				      table_name: owners
				      columns: [name]
				""");
		Recording downgrade = new Recording();
		script.downgrade(downgrade);
		// The key of another table stays where the reverse order puts it.
		assertThat(downgrade.operations).extracting((operation) -> operation.getClass().getSimpleName() + " "
				+ ((operation instanceof DropIndex index) ? index.indexName()
						: ((DropConstraint) operation).constraintName()))
			.containsExactly("DropIndex ix_owners_name", "DropConstraint fk_sessions_owner",
					"DropConstraint fk_conversations_session", "DropIndex ix_conversations_both",
					"DropIndex ix_conversations_session_id");
	}

	@Test
	void withoutADowngradeSectionTheInversesRunInReverseOrder() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: add_claude_session_id
				down_revision: previous_revision_id
				upgrade:
				  - add_column:
				      table_name: sessions
				      column: {name: claude_session_id, type: string(100), nullable: true}
				  - create_index:
				      index_name: ix_sessions_claude_session_id
				      table_name: sessions
				      columns: [claude_session_id]
				""");
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(script.isDowngradeDerived()).isTrue();

		Recording downgrade = new Recording();
		script.downgrade(downgrade);
		assertThat(downgrade.operations).containsExactly(
				new DropIndex("ix_sessions_claude_session_id", "sessions", null, false, false,
						List.of("claude_session_id"), false, null, DialectOptions.NONE),
				new DropColumn("sessions", "claude_session_id", null, CLAUDE_SESSION_ID, DialectOptions.NONE));
		assertThat(downgrade.lines).containsExactly(7, 4);

		Recording upgrade = new Recording();
		script.upgrade(upgrade);
		assertThat(upgrade.operations).containsExactly(new AddColumn("sessions", CLAUDE_SESSION_ID),
				new CreateIndex("ix_sessions_claude_session_id", "sessions", List.of("claude_session_id")));
		assertThat(upgrade.lines).containsExactly(4, 7);
	}

	@Test
	void everyReversibleOperationIsDerived() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: r
				down_revision: none
				upgrade:
				  - create_table: {table_name: t, columns: [{name: id, type: integer, primary_key: true}]}
				  - rename_table: {old_table_name: t, new_table_name: u}
				  - alter_column: {table_name: u, column_name: id, type: bigint, existing_type: integer}
				  - drop_table: {table_name: old, columns: [{name: id, type: integer}]}
				  - create_foreign_key:
				      {constraint_name: fk, source_table: u, referent_table: v, local_cols: [id], remote_cols: [id]}
				  - create_unique_constraint: {constraint_name: uq, table_name: u, columns: [id]}
				  - create_check_constraint: {constraint_name: ck, table_name: u, condition: id > 0}
				  - create_primary_key: {constraint_name: pk, table_name: v, columns: [id]}
				""");
		assertThat(script.downgradeOperations()).extracting(LocatedOperation::operation).containsExactly(
				new DropConstraint("pk", "v", ConstraintType.PRIMARY),
				new DropConstraint("ck", "u", ConstraintType.CHECK),
				new DropConstraint("uq", "u", ConstraintType.UNIQUE),
				new DropConstraint("fk", "u", ConstraintType.FOREIGNKEY),
				new CreateTable("old", List.of(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), true, false,
						null, false, null, null, DialectOptions.NONE))),
				AlterColumn.builder("u", "id").type("integer").existingType("bigint").build(),
				new RenameTable("u", "t"),
				new DropTable("t", null, List.of(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, true,
						null, false, null, null, DialectOptions.NONE)), null, DialectOptions.NONE));
	}

	@Test
	void aRevisionThatDoesNothingHasAnEmptyDowngrade() {
		YamlRevisionScript script = YamlFiles.parse("revision: m\ndown_revision: [a, b]\nupgrade: []\n");
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(script.downgradeOperations()).isEmpty();
	}

	@Test
	void anExplicitDowngradeIsUsedAsWritten() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: data_migration
				down_revision: r
				upgrade:
				  - add_column:
				      table_name: sessions
				      column: {name: new_status, type: string(20), nullable: true}
				  - execute: UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'
				  - alter_column: {table_name: sessions, column_name: new_status, nullable: false}
				  - drop_column: {table_name: sessions, column_name: old_status}
				downgrade:
				  - add_column:
				      table_name: sessions
				      column: {name: old_status, type: string(20), nullable: true}
				  - execute: UPDATE sessions SET old_status = 'active' WHERE new_status = 'running'
				  - drop_column: {table_name: sessions, column_name: new_status}
				""");
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(script.isDowngradeDerived()).isFalse();
		Recording downgrade = new Recording();
		script.downgrade(downgrade);
		assertThat(downgrade.operations).containsExactly(
				new AddColumn("sessions", new Column("old_status", ColumnType.string(20), true, false, null, false, null,
						null, DialectOptions.NONE)),
				new Execute("UPDATE sessions SET old_status = 'active' WHERE new_status = 'running'"),
				new DropColumn("sessions", "new_status"));
		assertThat(downgrade.lines).containsExactly(11, 14, 15);
	}

	@Test
	void anEmptyDowngradeSectionIsAnExplicitNoOp() {
		YamlRevisionScript script = YamlFiles.parse(
				"revision: r\ndown_revision: none\nupgrade:\n  - execute: DELETE FROM t\ndowngrade: []\n");
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(script.downgradeOperations()).isEmpty();
	}

	@Test
	void anOperationWithoutInverseLoadsButCannotBeDowngraded() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: data_migration
				down_revision: r
				upgrade:
				  - add_column:
				      table_name: sessions
				      column: {name: new_status, type: string(20), nullable: true}
				  - execute: UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'
				  - alter_column: {table_name: sessions, column_name: new_status, nullable: false}
				  - drop_column: {table_name: sessions, column_name: old_status}
				""");
		assertThat(script.hasDowngrade()).isFalse();
		assertThat(script.upgradeOperations()).hasSize(4);
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> script.downgrade(new Recording()))
			.withMessage("Revision 'data_migration' cannot be downgraded: " + FILE
					+ " has no 'downgrade:' section, and these upgrade operations have no inverse:\n"
					+ "  - " + FILE + ":7:5: execute runs raw SQL, which has no automatic inverse\n"
					+ "  - " + FILE + ":8:5: alter_column of 'sessions.new_status' does not say what the column was "
					+ "before: changing 'nullable' needs 'existing_nullable'\n"
					+ "  - " + FILE + ":9:5: drop_column of 'sessions.old_status' does not carry the dropped column's "
					+ "definition; give its 'column' (type, nullable, ...) to make it reversible\n"
					+ "Write the downgrade's operations in a 'downgrade:' section of the file.");
	}

	@Test
	void eachIrreversibleOperationIsNamed() {
		assertThat(refusal("  - drop_constraint: {constraint_name: fk, table_name: t, type: foreignkey}\n"))
			.contains("this upgrade operation has no inverse:\n  - " + FILE
					+ ":4:5: drop_constraint of 'fk' on 't' does not carry the dropped constraint's definition\n");
		assertThat(refusal("  - bulk_insert: {table_name: t, rows: [{id: 1}]}\n")).contains(FILE
				+ ":4:5: bulk_insert into 't' inserts data, and removing it is for a hand-written downgrade to decide");
		assertThat(refusal("  - drop_table: {table_name: t}\n")).contains(FILE
				+ ":4:5: drop_table of 't' does not carry the dropped table's definition; give its 'columns' to make "
				+ "it reversible");
		assertThat(refusal("  - drop_index: {index_name: ix, table_name: t}\n")).contains(FILE
				+ ":4:5: drop_index of 'ix' does not carry the dropped index's definition; give its 'table_name' and "
				+ "'columns' (and 'unique' if it is) to make it reversible");
		assertThat(refusal("  - create_unique_constraint: {constraint_name: null, table_name: t, columns: [a]}\n"))
			.contains(FILE + ":4:5: create_unique_constraint on 't' has no 'constraint_name', so drop_constraint "
					+ "cannot name it; give the constraint a name");
	}

	private static String refusal(String operations) {
		YamlRevisionScript script = YamlFiles.parse("revision: r\ndown_revision: none\nupgrade:\n" + operations);
		assertThat(script.hasDowngrade()).isFalse();
		MigrationException[] caught = new MigrationException[1];
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> script.downgrade(new Recording()))
			.satisfies((ex) -> caught[0] = ex);
		return caught[0].getMessage();
	}

	private static final class Recording implements MigrationContext {

		private final List<Operation> operations = new ArrayList<>();

		private final List<Integer> lines = new ArrayList<>();

		@Override
		public void apply(Operation operation, int line) {
			this.operations.add(operation);
			this.lines.add(line);
		}

		@Override
		public Connection connection() {
			throw new MigrationException("no connection in tests");
		}

		@Override
		public String databaseKind() {
			return "h2";
		}

	}

}
