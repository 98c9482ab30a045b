package dev.migration.operation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.migration.operation.Operations.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each operation's inverse, following Alembic's {@code reverse()}, and the reason when there is
 * none.
 */
class OperationInverseTests {

	private static final Column NEW_STATUS = column("new_status", "string(20)").nullable(true).build();

	@Test
	void addColumnIsReversedByADropColumnThatRemembersTheColumn() {
		AddColumn add = new AddColumn("sessions", NEW_STATUS, "app");
		assertThat(reversed(add)).isEqualTo(new DropColumn("sessions", "new_status", "app", NEW_STATUS,
				DialectOptions.NONE));
		assertThat(reversed(reversed(add))).isEqualTo(add);
	}

	@Test
	void dropColumnWithoutItsDefinitionIsIrreversible() {
		assertThat(reason(new DropColumn("sessions", "old_status"))).isEqualTo("drop_column of 'sessions.old_status' "
				+ "does not carry the dropped column's definition; give its 'column' (type, nullable, ...) "
				+ "to make it reversible");
	}

	@Test
	void createTableAndDropTableReverseEachOther() {
		CreateTable create = new CreateTable("conversations",
				List.of(column("id", "string(36)").primaryKey(true).build(), NEW_STATUS), "app", "chats",
				DialectOptions.of(Map.of("mysql_engine", "InnoDB")));
		DropTable drop = (DropTable) reversed(create);
		assertThat(drop).isEqualTo(new DropTable("conversations", "app", create.columns(), "chats",
				DialectOptions.of(Map.of("mysql_engine", "InnoDB"))));
		assertThat(reversed(drop)).isEqualTo(create);
	}

	@Test
	void dropTableWithoutItsColumnsIsIrreversible() {
		assertThat(reason(new DropTable("old_table"))).isEqualTo(
				"drop_table of 'old_table' does not carry the dropped table's definition; give its 'columns' to make it "
						+ "reversible");
	}

	@Test
	void renameTableIsReversedByRenamingBack() {
		assertThat(reversed(new RenameTable("a", "b", "app"))).isEqualTo(new RenameTable("b", "a", "app"));
	}

	@Test
	void createIndexAndDropIndexReverseEachOther() {
		CreateIndex create = new CreateIndex("ix_a", "t", List.of("a", "b"), true, "app", true, "a > 0", true,
				DialectOptions.of(Map.of("postgresql_using", "btree")));
		DropIndex drop = (DropIndex) reversed(create);
		assertThat(drop).isEqualTo(new DropIndex("ix_a", "t", "app", true, true, List.of("a", "b"), true, "a > 0",
				DialectOptions.of(Map.of("postgresql_using", "btree"))));
		assertThat(reversed(drop)).isEqualTo(create);
	}

	@Test
	void dropIndexWithoutItsDefinitionIsIrreversible() {
		String expected = "drop_index of 'ix_a' does not carry the dropped index's definition; give its 'table_name' "
				+ "and 'columns' (and 'unique' if it is) to make it reversible";
		assertThat(reason(new DropIndex("ix_a", "t"))).isEqualTo(expected);
		assertThat(reason(new DropIndex("ix_a", null))).isEqualTo(expected);
	}

	@Test
	void createdConstraintsAreReversedByDropConstraintOfTheirType() {
		assertThat(reversed(new CreateForeignKey("fk", "a", "b", List.of("b_id"), List.of("id"), null, "cascade",
				"app", "other", DialectOptions.NONE)))
			.isEqualTo(new DropConstraint("fk", "a", ConstraintType.FOREIGNKEY, "app"));
		assertThat(reversed(new CreateUniqueConstraint("uq", "a", List.of("x"), "app", DialectOptions.NONE)))
			.isEqualTo(new DropConstraint("uq", "a", ConstraintType.UNIQUE, "app"));
		assertThat(reversed(new CreateCheckConstraint("ck", "a", "x > 0", "app", DialectOptions.NONE)))
			.isEqualTo(new DropConstraint("ck", "a", ConstraintType.CHECK, "app"));
		assertThat(reversed(new CreatePrimaryKey("pk", "a", List.of("id"), "app")))
			.isEqualTo(new DropConstraint("pk", "a", ConstraintType.PRIMARY, "app"));
	}

	@Test
	void anUnnamedConstraintIsIrreversible() {
		assertThat(reason(new CreateForeignKey(null, "a", "b", List.of("b_id"), List.of("id"))))
			.isEqualTo("create_foreign_key on 'a' has no 'constraint_name', so drop_constraint cannot name it; "
					+ "give the constraint a name");
		assertThat(reason(new CreateUniqueConstraint(null, "a", List.of("x")))).startsWith(
				"create_unique_constraint on 'a' has no 'constraint_name'");
		assertThat(reason(new CreateCheckConstraint(null, "a", "x > 0"))).startsWith(
				"create_check_constraint on 'a' has no 'constraint_name'");
		assertThat(reason(new CreatePrimaryKey(null, "a", List.of("id")))).startsWith(
				"create_primary_key on 'a' has no 'constraint_name'");
	}

	@Test
	void dropConstraintExecuteAndBulkInsertAreIrreversible() {
		assertThat(reason(new DropConstraint("fk", "a", ConstraintType.FOREIGNKEY)))
			.isEqualTo("drop_constraint of 'fk' on 'a' does not carry the dropped constraint's definition");
		assertThat(reason(new Execute("DELETE FROM a"))).isEqualTo("execute runs raw SQL, which has no automatic inverse");
		assertThat(reason(new BulkInsert("a", List.of(Operations.row("id", 1)))))
			.isEqualTo("bulk_insert into 'a' inserts data, and removing it is for a hand-written downgrade to decide");
	}

	@Test
	void alterColumnSwapsEachChangeWithItsExistingValue() {
		AlterColumn alter = AlterColumn.builder("t", "c")
			.type("string(100)")
			.existingType("string(50)")
			.nullable(false)
			.existingNullable(true)
			.serverDefault("'x'")
			.existingServerDefault(null)
			.comment("new")
			.existingComment("old")
			.schema("app")
			.build();
		AlterColumn reversed = (AlterColumn) reversed(alter);
		assertThat(reversed).isEqualTo(AlterColumn.builder("t", "c")
			.type("string(50)")
			.existingType("string(100)")
			.nullable(true)
			.existingNullable(false)
			.serverDefault(null)
			.existingServerDefault("'x'")
			.comment("old")
			.existingComment("new")
			.schema("app")
			.build());
		assertThat(reversed.serverDefault()).isEqualTo(Setting.NONE);
		assertThat(reversed(reversed)).isEqualTo(alter);
	}

	@Test
	void alterColumnKeepsExistingValuesOfWhatDoesNotChange() {
		AlterColumn alter = AlterColumn.builder("t", "c").nullable(false).existingNullable(true)
			.existingType("string(20)")
			.build();
		assertThat(reversed(alter)).isEqualTo(AlterColumn.builder("t", "c").nullable(true).existingNullable(false)
			.existingType("string(20)")
			.build());
	}

	@Test
	void alterColumnRenameIsReversedByRenamingBack() {
		AlterColumn alter = AlterColumn.builder("t", "old").newColumnName("new").build();
		assertThat(reversed(alter)).isEqualTo(AlterColumn.builder("t", "new").newColumnName("old").build());
	}

	@Test
	void alterColumnWithoutTheExistingValuesItChangesIsIrreversible() {
		assertThat(reason(AlterColumn.builder("sessions", "new_status").nullable(false).build()))
			.isEqualTo("alter_column of 'sessions.new_status' does not say what the column was before: "
					+ "changing 'nullable' needs 'existing_nullable'");
		assertThat(reason(AlterColumn.builder("t", "c").type("text").serverDefault("0").comment("x").build()))
			.isEqualTo("alter_column of 't.c' does not say what the column was before: "
					+ "changing 'type' needs 'existing_type'; "
					+ "changing 'server_default' needs 'existing_server_default' (null if there was none); "
					+ "changing 'comment' needs 'existing_comment' (null if there was none)");
	}

	@Test
	void orElseThrowExplainsWhyThereIsNoInverse() {
		assertThatExceptionOfType(IrreversibleOperationException.class)
			.isThrownBy(() -> Inverse.of(new Execute("DELETE FROM a")).orElseThrow())
			.withMessage("The operation cannot be reversed: execute runs raw SQL, which has no automatic inverse")
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("execute runs raw SQL, which has no automatic inverse"));
		assertThat(Inverse.of(new Execute("x")).toOptional()).isEmpty();
		assertThat(Inverse.of(new RenameTable("a", "b")).toOptional()).contains(new RenameTable("b", "a"));
	}

	@Test
	void recordsRejectWhatCannotBeRunWithClearMessages() {
		assertThatIllegalArgumentException().isThrownBy(() -> AlterColumn.builder("t", "c").existingType("text").build())
			.withMessage("alter_column of 't.c' changes nothing; give at least one of nullable, server_default, "
					+ "new_column_name, type, comment");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CreateForeignKey("fk", "a", "b", List.of("x", "y"), List.of("id")))
			.withMessage("create_foreign_key has 2 'local_cols' but 1 'remote_cols'; "
					+ "each local column refers to one remote column");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateForeignKey.builder("fk", "a", "b", List.of("x"), List.of("id"))
				.ondelete("CASCADES")
				.build())
			.withMessage("'ondelete' of create_foreign_key must be one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, "
					+ "NO ACTION; found 'CASCADES'");
		assertThat(CreateForeignKey.builder("fk", "a", "b", List.of("x"), List.of("id")).ondelete("set  null").build()
			.ondelete()).isEqualTo("SET NULL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DropColumn("t", "a", null, NEW_STATUS, DialectOptions.NONE))
			.withMessage("the 'column' of drop_column is named 'new_status', but 'column_name' is 'a'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CreateTable("t", List.of(NEW_STATUS, NEW_STATUS)))
			.withMessage("'columns' of create_table names 'new_status' twice");
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateTable("t", List.of()))
			.withMessage("'columns' of create_table must define at least one column");
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateIndex("ix", " ", List.of("a")))
			.withMessage("'table_name' of create_index must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new CreateIndex("ix", "t", List.of()))
			.withMessage("'columns' of create_index must name at least one column");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DialectOptions.of(Map.of("postgres_using", "gin")))
			.withMessage("'postgres_using' is not a database option: those are named <database>_<option>, "
					+ "with <database> one of postgresql, mysql, mariadb, h2, sqlite, mssql, oracle");
	}

	@Test
	void aPrimaryKeyColumnIsNotNullableUnlessSaidSo() {
		assertThat(column("id", "integer").primaryKey(true).build().nullable()).isFalse();
		assertThat(column("id", "integer").primaryKey(true).nullable(true).build().nullable()).isTrue();
		assertThat(column("name", "text").build().nullable()).isTrue();
	}

	@Test
	void dialectOptionsAreReadPerDatabase() {
		DialectOptions options = DialectOptions.of(Map.of("postgresql_using", "gin", "mysql_length", 10));
		assertThat(options.forDatabase("postgresql")).containsExactly(Map.entry("using", "gin"));
		assertThat(options.forDatabase("mariadb")).isEmpty();
		assertThat(options.get("mysql_length")).isEqualTo(10);
	}

	private static Operation reversed(Reversible operation) {
		Inverse inverse = operation.reverse();
		assertThat(inverse).isInstanceOf(Inverse.Reversed.class);
		return inverse.orElseThrow();
	}

	private static Operation reversed(Operation operation) {
		return reversed((Reversible) operation);
	}

	private static String reason(Operation operation) {
		Inverse inverse = Inverse.of(operation);
		assertThat(inverse).isInstanceOf(Inverse.Irreversible.class);
		return ((Inverse.Irreversible) inverse).reason();
	}

}
