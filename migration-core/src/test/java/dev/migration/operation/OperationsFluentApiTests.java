package dev.migration.operation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.migration.operation.Operations.column;
import static dev.migration.operation.Operations.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Java revision API: each call builds one operation and hands it to the context.
 */
class OperationsFluentApiTests {

	private final RecordingContext context = new RecordingContext();

	private final Operations op = new Operations(this.context);

	@Test
	void theSeedsDataMigrationReadsLikeAlembic() {
		this.op.addColumn("sessions", column("new_status", "string(20)").nullable(true));
		this.op.execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'");
		this.op.alterColumn("sessions", "new_status", (c) -> c.nullable(false).existingType("string(20)"));
		this.op.dropColumn("sessions", "old_status");

		assertThat(this.context.operations()).containsExactly(
				new AddColumn("sessions", new Column("new_status", ColumnType.string(20), true, false, null, false,
						null, null, DialectOptions.NONE)),
				new Execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'"),
				new AlterColumn("sessions", "new_status", false, null, null, null, null, ColumnType.string(20), null,
						null, null, null, DialectOptions.NONE),
				new DropColumn("sessions", "old_status"));
		assertThat(this.context.lines()).containsOnly(0);
	}

	@Test
	void createsTablesIndexesAndConstraints() {
		this.op.createTable("conversations", column("id", "string(36)").primaryKey(true),
				column("session_id", "string(36)").nullable(false),
				column("created_at", "timestamp").nullable(false).serverDefault("CURRENT_TIMESTAMP"));
		this.op.createForeignKey("fk_conversations_session", "conversations", "sessions", List.of("session_id"),
				List.of("id"), (fk) -> fk.ondelete("CASCADE"));
		this.op.createIndex("ix_conversations_session_id", "conversations", List.of("session_id"),
				(index) -> index.postgresqlConcurrently(true));
		this.op.createIndex("ix_plain", "conversations", "created_at");
		this.op.createUniqueConstraint("uq_x", "conversations", "session_id", "created_at");
		this.op.createCheckConstraint("ck_x", "conversations", "length(id) = 36");
		this.op.createPrimaryKey("pk_x", "other", "id");

		List<Operation> operations = this.context.operations();
		assertThat(operations.get(0)).isEqualTo(new CreateTable("conversations", List.of(
				new Column("id", ColumnType.string(36), false, true, null, false, null, null, DialectOptions.NONE),
				new Column("session_id", ColumnType.string(36), false, false, null, false, null, null,
						DialectOptions.NONE),
				new Column("created_at", ColumnType.of(ColumnType.Kind.TIMESTAMP), false, false, "CURRENT_TIMESTAMP",
						false, null, null, DialectOptions.NONE))));
		assertThat(operations.get(1)).isEqualTo(new CreateForeignKey("fk_conversations_session", "conversations",
				"sessions", List.of("session_id"), List.of("id"), null, "CASCADE", null, null, DialectOptions.NONE));
		assertThat(operations.get(2)).isEqualTo(new CreateIndex("ix_conversations_session_id", "conversations",
				List.of("session_id"), false, null, true, null, false, DialectOptions.NONE));
		assertThat(operations.get(3)).isEqualTo(new CreateIndex("ix_plain", "conversations", List.of("created_at")));
		assertThat(operations.get(4))
			.isEqualTo(new CreateUniqueConstraint("uq_x", "conversations", List.of("session_id", "created_at")));
		assertThat(operations.get(5)).isEqualTo(new CreateCheckConstraint("ck_x", "conversations", "length(id) = 36"));
		assertThat(operations.get(6)).isEqualTo(new CreatePrimaryKey("pk_x", "other", List.of("id")));
	}

	@Test
	void dropsWithDefinitionsAreReversible() {
		this.op.dropColumn("sessions", column("old_status", "string(20)"));
		this.op.dropTable("old_table", column("id", "string(36)").primaryKey(true));
		this.op.dropIndex("ix_a", (index) -> index.tableName("t").columns("a").unique(true));
		this.op.dropIndex("ix_b", "t");
		this.op.dropConstraint("fk", "t", ConstraintType.FOREIGNKEY);
		this.op.renameTable("a", "b");
		this.op.dropIndex("ix_c");
		this.op.dropConstraint("ck", "t");

		List<Operation> operations = this.context.operations();
		assertThat(Inverse.of(operations.get(0)).orElseThrow())
			.isEqualTo(new AddColumn("sessions", column("old_status", "string(20)").build()));
		assertThat(Inverse.of(operations.get(1)).orElseThrow()).isInstanceOf(CreateTable.class);
		assertThat(Inverse.of(operations.get(2)).orElseThrow())
			.isEqualTo(CreateIndex.builder("ix_a", "t", List.of("a")).unique(true).build());
		assertThat(operations.get(3)).isEqualTo(new DropIndex("ix_b", "t"));
		assertThat(operations.get(4)).isEqualTo(new DropConstraint("fk", "t", ConstraintType.FOREIGNKEY));
		assertThat(operations.get(5)).isEqualTo(new RenameTable("a", "b"));
		assertThat(operations.get(6)).isEqualTo(new DropIndex("ix_c", null));
		assertThat(operations.get(7)).isEqualTo(new DropConstraint("ck", "t", null));
	}

	@Test
	void inSchemaSetsTheSchemaOfEachOperation() {
		Operations audit = this.op.inSchema("audit");
		audit.addColumn("log", column("at", "timestamp"));
		audit.alterColumn("log", "at", (c) -> c.nullable(false));
		audit.createForeignKey("fk", "log", "users", List.of("user_id"), List.of("id"),
				(fk) -> fk.referentSchema("public"));
		audit.alterColumn("log", "at", (c) -> c.nullable(true).schema("other"));

		List<Operation> operations = this.context.operations();
		assertThat(((AddColumn) operations.get(0)).schema()).isEqualTo("audit");
		assertThat(((AlterColumn) operations.get(1)).schema()).isEqualTo("audit");
		CreateForeignKey fk = (CreateForeignKey) operations.get(2);
		assertThat(fk.sourceSchema()).isEqualTo("audit");
		assertThat(fk.referentSchema()).isEqualTo("public");
		assertThat(((AlterColumn) operations.get(3)).schema()).isEqualTo("other");
	}

	@Test
	void bulkInsertKeepsTheOrderOfEachRow() {
		this.op.bulkInsert("statuses", List.of(row("id", 1, "name", "running", "weight", new BigDecimal("1.5")),
				row("id", 2, "name", null)));
		BulkInsert insert = (BulkInsert) this.context.operations().get(0);
		assertThat(insert.rows()).hasSize(2);
		assertThat(insert.rows().get(0).keySet()).containsExactly("id", "name", "weight");
		assertThat(insert.rows().get(1)).containsEntry("name", null);
		assertThatIllegalArgumentException().isThrownBy(() -> row("id", 1, "name"))
			.withMessage("a row needs a value for each column name; found 3 arguments: [id, 1, name]");
	}

	@Test
	void aBadTypeFailsAtTheCall() {
		assertThatIllegalArgumentException().isThrownBy(() -> column("x", "string(abc)"))
			.withMessage("invalid column type 'string(abc)': the length must be a whole number, as in string(100)");
	}

}
