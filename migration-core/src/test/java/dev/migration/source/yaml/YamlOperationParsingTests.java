package dev.migration.source.yaml;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.BulkInsert;
import dev.migration.operation.Column;
import dev.migration.operation.ColumnType;
import dev.migration.operation.ConstraintType;
import dev.migration.operation.CreateCheckConstraint;
import dev.migration.operation.CreateForeignKey;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreatePrimaryKey;
import dev.migration.operation.CreateTable;
import dev.migration.operation.CreateUniqueConstraint;
import dev.migration.operation.DialectOptions;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.DropTable;
import dev.migration.operation.Execute;
import dev.migration.operation.RenameTable;
import dev.migration.operation.Setting;
import org.junit.jupiter.api.Test;

import static dev.migration.source.yaml.YamlFiles.single;
import static dev.migration.source.yaml.YamlFiles.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation, as a YAML revision writes it, read into its record.
 */
class YamlOperationParsingTests {

	private static final DialectOptions NONE = DialectOptions.NONE;

	@Test
	void theContractsExampleReadsIntoExactlyItsOperations() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: create_conversations
				down_revision: add_claude_session_id
				message: Create conversations table
				upgrade:
				  - create_table:
				      table_name: conversations
				      columns:
				        - {name: id, type: string(36), primary_key: true}
				        - {name: session_id, type: string(36), nullable: false}
				        - {name: created_at, type: timestamp, nullable: false, server_default: CURRENT_TIMESTAMP}
				  - create_foreign_key:
				      constraint_name: fk_conversations_session
				      source_table: conversations
				      referent_table: sessions
				      local_cols: [session_id]
				      remote_cols: [id]
				      ondelete: CASCADE
				  - create_index:
				      index_name: ix_conversations_session_id
				      table_name: conversations
				      columns: [session_id]
				      postgresql_concurrently: true
				""");

		assertThat(script.revision().id()).isEqualTo("create_conversations");
		assertThat(script.revision().downRevisions()).containsExactly("add_claude_session_id");
		assertThat(script.revision().message()).isEqualTo("Create conversations table");
		assertThat(script.upgradeOperations()).containsExactly(
				new LocatedOperation(new CreateTable("conversations", List.of(
						new Column("id", ColumnType.string(36), false, true, null, false, null, null, NONE),
						new Column("session_id", ColumnType.string(36), false, false, null, false, null, null, NONE),
						new Column("created_at", ColumnType.of(ColumnType.Kind.TIMESTAMP), false, false,
								"CURRENT_TIMESTAMP", false, null, null, NONE))),
						5, 5),
				new LocatedOperation(new CreateForeignKey("fk_conversations_session", "conversations", "sessions",
						List.of("session_id"), List.of("id"), null, "CASCADE", null, null, NONE), 11, 5),
				new LocatedOperation(new CreateIndex("ix_conversations_session_id", "conversations",
						List.of("session_id"), false, null, true, null, false, NONE), 18, 5));
	}

	@Test
	void addColumn() {
		assertThat(single("""
				  - add_column:
				      table_name: sessions
				      column: {name: claude_session_id, type: string(100), nullable: true, comment: From Claude}
				      schema: app
				""")).isEqualTo(new AddColumn("sessions", new Column("claude_session_id", ColumnType.string(100), true,
				false, null, false, "From Claude", null, NONE), "app"));
	}

	@Test
	void columnKeywords() {
		AddColumn add = (AddColumn) single("""
				  - add_column:
				      table_name: t
				      column:
				        name: id
				        type: bigint
				        primary_key: true
				        unique: true
				        autoincrement: true
				        server_default: 0
				        mysql_charset: utf8mb4
				""");
		assertThat(add.column()).isEqualTo(new Column("id", ColumnType.of(ColumnType.Kind.BIGINT), false, true, "0",
				true, null, true, DialectOptions.of(Map.of("mysql_charset", "utf8mb4"))));
	}

	@Test
	void aRawTypeIsKeptVerbatim() {
		AddColumn add = (AddColumn) single("""
				  - add_column: {table_name: t, column: {name: ip, type: inet}}
				""");
		assertThat(add.column().type()).isEqualTo(ColumnType.raw("inet"));
	}

	@Test
	void dropColumn() {
		assertThat(single("""
				  - drop_column: {table_name: sessions, column_name: old_status}
				""")).isEqualTo(new DropColumn("sessions", "old_status"));
		assertThat(single("""
				  - drop_column:
				      table_name: sessions
				      column_name: old_status
				      column: {type: string(20), nullable: true}
				      mssql_drop_default: true
				""")).isEqualTo(new DropColumn("sessions", "old_status", null,
				new Column("old_status", ColumnType.string(20), true, false, null, false, null, null, NONE),
				DialectOptions.of(Map.of("mssql_drop_default", true))));
	}

	@Test
	void alterColumn() {
		assertThat(single("""
				  - alter_column:
				      table_name: sessions
				      column_name: status
				      nullable: false
				      server_default: "'running'"
				      new_column_name: state
				      type: string(100)
				      comment: null
				      existing_type: string(50)
				      existing_nullable: true
				      existing_server_default: null
				      existing_comment: the status
				      schema: app
				      postgresql_using: status::varchar(100)
				""")).isEqualTo(new AlterColumn("sessions", "status", false, Setting.of("'running'"), "state",
				ColumnType.string(100), Setting.NONE, ColumnType.string(50), true, Setting.NONE,
				Setting.of("the status"), "app", DialectOptions.of(Map.of("postgresql_using", "status::varchar(100)"))));
	}

	@Test
	void alterColumnLeavesWhatIsNotGiven() {
		assertThat(single("""
				  - alter_column: {table_name: sessions, column_name: new_status, nullable: false}
				""")).isEqualTo(AlterColumn.builder("sessions", "new_status").nullable(false).build());
	}

	@Test
	void createTable() {
		assertThat(single("""
				  - create_table:
				      table_name: t
				      schema: app
				      comment: a table
				      mysql_engine: InnoDB
				      columns:
				        - {name: id, type: integer, primary_key: true}
				""")).isEqualTo(new CreateTable("t",
				List.of(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, true, null, false, null, null,
						NONE)),
				"app", "a table", DialectOptions.of(Map.of("mysql_engine", "InnoDB"))));
	}

	@Test
	void dropTable() {
		assertThat(single("""
				  - drop_table: {table_name: old_table}
				""")).isEqualTo(new DropTable("old_table"));
		assertThat(single("""
				  - drop_table:
				      table_name: old_table
				      schema: app
				      columns:
				        - {name: id, type: string(36), primary_key: true}
				""")).isEqualTo(new DropTable("old_table", "app",
				List.of(new Column("id", ColumnType.string(36), false, true, null, false, null, null, NONE)), null,
				NONE));
	}

	@Test
	void renameTable() {
		assertThat(single("""
				  - rename_table: {old_table_name: a, new_table_name: b, schema: app}
				""")).isEqualTo(new RenameTable("a", "b", "app"));
	}

	@Test
	void createIndex() {
		assertThat(single("""
				  - create_index:
				      index_name: ix_a
				      table_name: t
				      columns: [a, b]
				      unique: true
				      schema: app
				      postgresql_concurrently: true
				      postgresql_where: a > 0
				      if_not_exists: true
				      postgresql_using: btree
				      mysql_length: {a: 10}
				""")).isEqualTo(new CreateIndex("ix_a", "t", List.of("a", "b"), true, "app", true, "a > 0", true,
				DialectOptions.of(orderedMap("postgresql_using", "btree", "mysql_length", Map.of("a", 10L)))));
	}

	@Test
	void dropIndex() {
		assertThat(single("""
				  - drop_index: {index_name: ix_sessions_claude_session_id, table_name: sessions}
				""")).isEqualTo(new DropIndex("ix_sessions_claude_session_id", "sessions"));
		assertThat(single("""
				  - drop_index:
				      index_name: ix_a
				      table_name: t
				      schema: app
				      postgresql_concurrently: true
				      if_exists: true
				      columns: [a]
				      unique: true
				      postgresql_where: a > 0
				""")).isEqualTo(new DropIndex("ix_a", "t", "app", true, true, List.of("a"), true, "a > 0", NONE));
		assertThat(single("""
				  - drop_index: {index_name: ix_a}
				""")).isEqualTo(new DropIndex("ix_a", null));
	}

	@Test
	void createForeignKey() {
		assertThat(single("""
				  - create_foreign_key:
				      constraint_name: fk_session_user
				      source_table: sessions
				      referent_table: users
				      local_cols: [user_id]
				      remote_cols: [id]
				      onupdate: set null
				      ondelete: CASCADE
				      source_schema: app
				      referent_schema: auth
				""")).isEqualTo(new CreateForeignKey("fk_session_user", "sessions", "users", List.of("user_id"),
				List.of("id"), "SET NULL", "CASCADE", "app", "auth", NONE));
	}

	@Test
	void aNullConstraintNameLetsTheDatabaseNameIt() {
		assertThat(single("""
				  - create_foreign_key:
				      constraint_name: null
				      source_table: sessions
				      referent_table: users
				      local_cols: [user_id]
				      remote_cols: [id]
				""")).isEqualTo(new CreateForeignKey(null, "sessions", "users", List.of("user_id"), List.of("id")));
	}

	@Test
	void createUniqueCheckAndPrimaryKeyConstraints() {
		assertThat(upgrade("""
				  - create_unique_constraint: {constraint_name: uq_a, table_name: t, columns: [a, b], schema: app}
				  - create_check_constraint: {constraint_name: ck_a, table_name: t, condition: a > 0}
				  - create_primary_key: {constraint_name: pk_t, table_name: t, columns: [id]}
				""")).containsExactly(
				new CreateUniqueConstraint("uq_a", "t", List.of("a", "b"), "app", NONE),
				new CreateCheckConstraint("ck_a", "t", "a > 0"),
				new CreatePrimaryKey("pk_t", "t", List.of("id")));
	}

	@Test
	void dropConstraint() {
		assertThat(upgrade("""
				  - drop_constraint: {constraint_name: fk_session_user, table_name: sessions, type: foreignkey}
				  - drop_constraint: {constraint_name: uq, table_name: t, type: unique, schema: app}
				  - drop_constraint: {constraint_name: ck, table_name: t, type: check}
				  - drop_constraint: {constraint_name: pk, table_name: t, type: primary}
				  - drop_constraint: {constraint_name: x, table_name: t}
				""")).containsExactly(
				new DropConstraint("fk_session_user", "sessions", ConstraintType.FOREIGNKEY),
				new DropConstraint("uq", "t", ConstraintType.UNIQUE, "app"),
				new DropConstraint("ck", "t", ConstraintType.CHECK),
				new DropConstraint("pk", "t", ConstraintType.PRIMARY),
				new DropConstraint("x", "t", null));
	}

	@Test
	void execute() {
		assertThat(upgrade("""
				  - execute:
				      sql: UPDATE sessions SET new_status = 'running' WHERE old_status = 'active';
				  - execute: "DELETE FROM sessions WHERE id IS NULL"
				  - execute:
				      sql: |
				        UPDATE sessions
				        SET a = 1
				""")).containsExactly(
				new Execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'"),
				new Execute("DELETE FROM sessions WHERE id IS NULL"),
				new Execute("UPDATE sessions\nSET a = 1"));
	}

	@Test
	void bulkInsert() {
		BulkInsert insert = (BulkInsert) single("""
				  - bulk_insert:
				      table_name: statuses
				      schema: app
				      rows:
				        - {id: 1, name: running, active: true, weight: 1.5, since: 2024-10-24, note: null}
				        - {id: 12345678901234567890, name: "007"}
				""");
		assertThat(insert).isEqualTo(new BulkInsert("statuses",
				List.of(orderedMap("id", 1L, "name", "running", "active", true, "weight", new BigDecimal("1.5"),
						"since", "2024-10-24", "note", null),
						orderedMap("id", new java.math.BigInteger("12345678901234567890"), "name", "007")),
				"app"));
		assertThat(insert.rows().get(0).keySet()).containsExactly("id", "name", "active", "weight", "since", "note");
	}

	@Test
	void operationsKeepTheirLines() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: r
				down_revision: none
				upgrade:
				  - execute: SELECT 1

				  - execute: SELECT 2
				""");
		assertThat(script.upgradeOperations()).extracting(LocatedOperation::line).containsExactly(4, 6);
	}

	private static Map<String, Object> orderedMap(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
