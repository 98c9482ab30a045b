package dev.migration.dialect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.BulkInsert;
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
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;

import static dev.migration.operation.Operations.column;
import static dev.migration.operation.Operations.row;

/**
 * The operations whose rendering the golden files fix, by group: every operation record, with and
 * without a schema, and the parameter combinations where the databases differ.
 */
final class RenderCorpus {

	private RenderCorpus() {
	}

	/**
	 * One operation of the corpus.
	 *
	 * @param description what the case shows, written above its SQL in the golden file
	 * @param operation the operation
	 */
	record Case(String description, Operation operation) {
	}

	/**
	 * Returns the groups, each a golden file per database.
	 * @return the cases by group name, in order
	 */
	static Map<String, List<Case>> groups() {
		Map<String, List<Case>> groups = new LinkedHashMap<>();
		groups.put("types", types());
		groups.put("tables", tables());
		groups.put("columns", columns());
		groups.put("alter_column", alterColumn());
		groups.put("indexes", indexes());
		groups.put("constraints", constraints());
		groups.put("data", data());
		return groups;
	}

	private static List<Case> types() {
		List<Case> cases = new ArrayList<>();
		for (String type : List.of("string(100)", "string", "text", "integer", "bigint", "smallint", "boolean",
				"numeric(10, 2)", "numeric(12)", "numeric", "float", "float(53)", "double", "date", "time", "time(3)",
				"timestamp", "timestamp(6)", "timestamp with time zone", "timestamptz(3)", "uuid", "json", "jsonb",
				"binary", "binary(16)", "inet", "integer unsigned", "enum('a', 'b')")) {
			cases.add(new Case("add_column of type " + type,
					new AddColumn("samples", column("v", type).build())));
		}
		cases.add(new Case("a NOT NULL timestamp with time zone and a default",
				new AddColumn("samples", column("at", "timestamp with time zone").nullable(false)
					.serverDefault("CURRENT_TIMESTAMP").build())));
		return cases;
	}

	private static List<Case> tables() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("create_table from the guide: conversations, a string primary key and a timestamp default",
				CreateTable.builder("conversations")
					.column(column("id", "string(36)").primaryKey(true))
					.column(column("session_id", "string(36)").nullable(false))
					.column(column("created_at", "timestamp").nullable(false).serverDefault("CURRENT_TIMESTAMP"))
					.build()));
		cases.add(new Case("an integer primary key on its own is autoincrement (SQLAlchemy's \"auto\")",
				new CreateTable("users", List.of(column("id", "integer").primaryKey(true).build(),
						column("name", "string(100)").nullable(false).unique(true).build()))));
		cases.add(new Case("a bigint primary key with autoincrement: true, in a schema, with comments",
				CreateTable.builder("events")
					.schema("app")
					.comment("What happened, and when")
					.column(column("id", "bigint").primaryKey(true).autoincrement(true))
					.column(column("kind", "string(20)").nullable(false).serverDefault("'created'")
						.comment("The user's action"))
					.column(column("payload", "jsonb"))
					.build()));
		cases.add(new Case("an integer primary key with autoincrement: false stays a plain column",
				new CreateTable("codes", List.of(column("code", "integer").primaryKey(true).autoincrement(false).build()))));
		cases.add(new Case("an integer primary key with a server_default is not autoincrement",
				new CreateTable("singletons", List.of(column("id", "integer").primaryKey(true).serverDefault("1").build()))));
		cases.add(new Case("several primary-key columns make a table-level PRIMARY KEY, none autoincrement",
				new CreateTable("memberships", List.of(column("user_id", "integer").primaryKey(true).build(),
						column("group_id", "integer").primaryKey(true).build(),
						column("since", "date").nullable(false).build()))));
		cases.add(new Case("options: MariaDB's and MySQL's table options; other databases ignore them",
				CreateTable.builder("logs")
					.column(column("id", "bigint").primaryKey(true))
					.column(column("line", "text"))
					.dialectOption("mysql_engine", "InnoDB")
					.dialectOption("mysql_charset", "utf8mb4")
					.dialectOption("mariadb_collate", "utf8mb4_bin")
					.comment("It's a log")
					.build()));
		cases.add(new Case("error: an option of this database that is not supported",
				CreateTable.builder("t")
					.column(column("id", "integer").primaryKey(true))
					.dialectOption("postgresql_partition_by", "RANGE (id)")
					.dialectOption("mysql_partition_by", "RANGE (id)")
					.dialectOption("h2_persistent", false)
					.build()));
		cases.add(new Case("error: autoincrement on a string column",
				new CreateTable("t", List.of(column("id", "string(36)").primaryKey(true).autoincrement(true).build()))));
		cases.add(new Case("error: autoincrement and a server_default",
				new CreateTable("t", List.of(column("id", "integer").primaryKey(true).autoincrement(true)
					.serverDefault("0").build()))));
		cases.add(new Case("error: a column option of this database", new CreateTable("t",
				List.of(column("id", "integer").dialectOption("postgresql_collation", "C")
					.dialectOption("mysql_collation", "utf8mb4_bin")
					.dialectOption("h2_selectivity", 10)
					.build()))));
		cases.add(new Case("drop_table", new DropTable("conversations")));
		cases.add(new Case("drop_table in a schema, remembering its definition (not rendered)",
				new DropTable("events", "app", List.of(column("id", "bigint").primaryKey(true).build()), "c",
						DialectOptions.of(Map.of("mysql_engine", "InnoDB", "postgresql_unknown", "x")))));
		cases.add(new Case("rename_table", new RenameTable("sessions", "chat_sessions")));
		cases.add(new Case("rename_table in a schema: the table stays there", new RenameTable("sessions", "chat_sessions", "app")));
		cases.add(new Case("names with quote characters and upper case are quoted as written",
				new CreateTable("Odd\"Name`s", List.of(column("Mixed Case", "integer").build()))));
		return cases;
	}

	private static List<Case> columns() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("add_column from the guide: claude_session_id",
				new AddColumn("sessions", column("claude_session_id", "string(100)").nullable(true).build())));
		cases.add(new Case("add_column NOT NULL with a string default, unique, with a comment, in a schema",
				new AddColumn("sessions", column("status", "string(20)").nullable(false).serverDefault("'active'")
					.unique(true).comment("Session's state: active, closed").build(), "app")));
		cases.add(new Case("add_column of a boolean with a default",
				new AddColumn("sessions", column("archived", "boolean").nullable(false).serverDefault("false").build())));
		cases.add(new Case("add_column of an integer primary key: autoincrement",
				new AddColumn("legacy", column("id", "integer").primaryKey(true).build())));
		cases.add(new Case("drop_column", new DropColumn("sessions", "old_status")));
		cases.add(new Case("drop_column in a schema, remembering the column (not rendered)",
				new DropColumn("sessions", "old_status", "app", column("old_status", "string(20)").build(),
						DialectOptions.of(Map.of("mssql_drop_default", true)))));
		cases.add(new Case("error: drop_column with an option of this database",
				new DropColumn("sessions", "old_status", null, null, DialectOptions.of(Map.of(
						"postgresql_cascade", true, "mysql_cascade", true, "h2_cascade", true)))));
		return cases;
	}

	private static List<Case> alterColumn() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("the guide's status migration: NOT NULL, with existing_type",
				AlterColumn.builder("sessions", "new_status").nullable(false).existingType("string(20)").build()));
		cases.add(new Case("the guide's type change: string(50) to string(100), NOT NULL",
				AlterColumn.builder("table_name", "column_name").existingType("string(50)").type("string(100)")
					.nullable(false).build()));
		cases.add(new Case("nullable again, keeping the existing default and comment",
				AlterColumn.builder("sessions", "status").nullable(true).existingType("string(20)")
					.existingServerDefault("'active'").existingComment("State").schema("app").build()));
		cases.add(new Case("server_default only",
				AlterColumn.builder("sessions", "status").serverDefault("'open'").build()));
		cases.add(new Case("server_default dropped",
				AlterColumn.builder("sessions", "status").serverDefault(null).existingType("string(20)").build()));
		cases.add(new Case("server_default of a timestamp column, its type known",
				AlterColumn.builder("sessions", "seen_at").serverDefault("CURRENT_TIMESTAMP").existingType("timestamp")
					.existingNullable(false).build()));
		cases.add(new Case("type and server_default change together",
				AlterColumn.builder("sessions", "priority").type("integer").serverDefault("0").existingType("string(10)")
					.existingNullable(true).existingServerDefault("'low'").build()));
		cases.add(new Case("type change with postgresql_using",
				AlterColumn.builder("sessions", "priority").type("integer").existingType("string(10)")
					.existingNullable(true).dialectOption("postgresql_using", "priority::integer").build()));
		cases.add(new Case("comment set, and the existing default kept",
				AlterColumn.builder("sessions", "status").comment("What the session is doing").existingType("string(20)")
					.existingNullable(false).existingServerDefault("'active'").build()));
		cases.add(new Case("comment dropped", AlterColumn.builder("sessions", "status").comment(null)
			.existingType("string(20)").existingNullable(false).existingComment("old").build()));
		cases.add(new Case("rename only", AlterColumn.builder("sessions", "status").newColumnName("state").build()));
		cases.add(new Case("rename and NOT NULL together, in a schema",
				AlterColumn.builder("sessions", "status").newColumnName("state").nullable(false).existingType("string(20)")
					.schema("app").build()));
		cases.add(new Case("everything at once",
				AlterColumn.builder("sessions", "status").newColumnName("state").type("string(40)").nullable(false)
					.serverDefault("'new'").comment("It's the state").existingType("string(20)").existingNullable(true)
					.existingServerDefault(null).existingComment(null).build()));
		cases.add(new Case("error (MariaDB, MySQL): a type change without existing_nullable",
				AlterColumn.builder("sessions", "status").type("string(40)").existingType("string(20)").build()));
		cases.add(new Case("error (MariaDB, MySQL): NOT NULL without existing_type",
				AlterColumn.builder("sessions", "new_status").nullable(false).build()));
		cases.add(new Case("error (MariaDB, MySQL): a comment without existing_type and existing_nullable",
				AlterColumn.builder("sessions", "status").comment("x").build()));
		cases.add(new Case("error (PostgreSQL): postgresql_using without a type",
				AlterColumn.builder("sessions", "status").nullable(false).existingType("string(20)")
					.dialectOption("postgresql_using", "status::text").build()));
		return cases;
	}

	private static List<Case> indexes() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("create_index from the guide",
				new CreateIndex("ix_sessions_claude_session_id", "sessions", List.of("claude_session_id"))));
		cases.add(new Case("create_index with postgresql_concurrently (the guide's large-table advice)",
				CreateIndex.builder("ix_sessions_claude_session_id", "sessions", List.of("claude_session_id"))
					.postgresqlConcurrently(true)
					.build()));
		cases.add(new Case("unique, several columns, if_not_exists, in a schema",
				CreateIndex.builder("uq_members", "memberships", List.of("group_id", "user_id"))
					.unique(true)
					.ifNotExists(true)
					.schema("app")
					.build()));
		cases.add(new Case("a partial index: postgresql_where, ignored by other databases",
				CreateIndex.builder("ix_active", "sessions", List.of("user_id"))
					.unique(true)
					.postgresqlWhere("status = 'active'")
					.postgresqlConcurrently(true)
					.ifNotExists(true)
					.build()));
		cases.add(new Case("options of each database: method, covering columns, prefix length",
				CreateIndex.builder("ix_docs", "documents", List.of("title", "body"))
					.dialectOption("postgresql_using", "btree")
					.dialectOption("postgresql_include", List.of("id"))
					.dialectOption("mysql_length", Map.of("body", 100))
					.dialectOption("mysql_using", "btree")
					.build()));
		cases.add(new Case("a full-text index on MariaDB",
				CreateIndex.builder("ix_body", "documents", List.of("body"))
					.dialectOption("mariadb_prefix", "fulltext")
					.build()));
		cases.add(new Case("error: an index option of this database that is not supported",
				CreateIndex.builder("ix_x", "t", List.of("a"))
					.dialectOption("postgresql_with", "fillfactor = 70")
					.dialectOption("mysql_with_parser", "ngram")
					.dialectOption("h2_hash", true)
					.build()));
		cases.add(new Case("drop_index from the guide, with its table",
				new DropIndex("ix_sessions_claude_session_id", "sessions")));
		cases.add(new Case("drop_index CONCURRENTLY, IF EXISTS, in a schema",
				DropIndex.builder("ix_active").tableName("sessions").schema("app").postgresqlConcurrently(true)
					.ifExists(true).build()));
		cases.add(new Case("drop_index remembering the definition: its options are not rendered",
				DropIndex.builder("ix_docs").tableName("documents").columns("title").dialectOption("postgresql_using", "gin")
					.dialectOption("mysql_length", 10).build()));
		cases.add(new Case("error (MariaDB, MySQL): drop_index without table_name", new DropIndex("ix_x", null)));
		return cases;
	}

	private static List<Case> constraints() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("create_foreign_key from the guide: ON DELETE CASCADE",
				CreateForeignKey.builder("fk_session_user", "sessions", "users", List.of("user_id"), List.of("id"))
					.ondelete("CASCADE")
					.build()));
		cases.add(new Case("both actions, several columns, source and referent schemas",
				CreateForeignKey.builder("fk_members", "memberships", "groups", List.of("org_id", "group_id"),
						List.of("org_id", "id"))
					.ondelete("set null")
					.onupdate("restrict")
					.sourceSchema("app")
					.referentSchema("directory")
					.build()));
		cases.add(new Case("an unnamed foreign key, NOT VALID on PostgreSQL",
				CreateForeignKey.builder(null, "sessions", "users", List.of("user_id"), List.of("id"))
					.dialectOption("postgresql_not_valid", true)
					.build()));
		cases.add(new Case("create_unique_constraint",
				new CreateUniqueConstraint("uq_users_email", "users", List.of("email"))));
		cases.add(new Case("create_unique_constraint unnamed, several columns, in a schema",
				new CreateUniqueConstraint(null, "memberships", List.of("user_id", "group_id"), "app", DialectOptions.NONE)));
		cases.add(new Case("create_check_constraint",
				new CreateCheckConstraint("ck_users_name", "users", "length(name) > 0")));
		cases.add(new Case("create_check_constraint in a schema, NOT VALID on PostgreSQL",
				new CreateCheckConstraint("ck_age", "users", "age >= 0", "app",
						DialectOptions.of(Map.of("postgresql_not_valid", "true")))));
		cases.add(new Case("create_primary_key", new CreatePrimaryKey("pk_memberships", "memberships",
				List.of("user_id", "group_id"))));
		cases.add(new Case("create_primary_key unnamed, in a schema",
				new CreatePrimaryKey(null, "memberships", List.of("user_id"), "app")));
		for (ConstraintType type : ConstraintType.values()) {
			cases.add(new Case("drop_constraint of type " + type,
					new DropConstraint("c_" + type.keyword(), "users", type)));
		}
		cases.add(new Case("drop_constraint in a schema", new DropConstraint("fk_members", "memberships",
				ConstraintType.FOREIGNKEY, "app")));
		cases.add(new Case("error (MariaDB, MySQL): drop_constraint without type",
				new DropConstraint("fk_session_user", "sessions", null)));
		return cases;
	}

	private static List<Case> data() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("bulk_insert: quotes, backslashes, unicode, null, booleans, numbers",
				new BulkInsert("users", List.of(row("id", 1, "name", "O'Brien", "path", "C:\\temp\\", "active", true),
						row("id", 2L, "name", "Zoë 漢字 🚀", "path", null, "active", false),
						row("id", new BigDecimal("3"), "name", "a\nb", "path", "--; DROP TABLE users", "active", null)))));
		cases.add(new Case("bulk_insert: a row without a column gets its DEFAULT",
				new BulkInsert("sessions", List.of(row("id", "a", "status", "closed"), row("id", "b"),
						row("id", "c", "score", 1.5)), "app")));
		cases.add(new Case("bulk_insert: dates, times, UUIDs, bytes, decimals",
				new BulkInsert("samples", List.<Map<String, @Nullable Object>>of(row("d", LocalDate.of(2024, 10, 24),
						"t", LocalTime.of(14, 30, 0, 500_000_000), "ts", LocalDateTime.of(2024, 10, 24, 14, 30),
						"u", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
						"b", new byte[] { (byte) 0xCA, (byte) 0xFE }, "n", new BigDecimal("12345678901234567890.000001"),
						"f", 0.25f)))));
		cases.add(new Case("bulk_insert: a timestamp with a time zone (no literal on MariaDB and MySQL)",
				new BulkInsert("samples", List.of(row("tz", OffsetDateTime.of(2024, 10, 24, 14, 30, 0, 0,
						ZoneOffset.ofHours(8)))))));
		cases.add(new Case("bulk_insert: no rows, no statement", new BulkInsert("users", List.of())));
		cases.add(new Case("error: a value bulk_insert cannot write",
				new BulkInsert("users", List.of(row("id", 1, "tags", List.of("a")), row("id", 2)))));
		cases.add(new Case("error: a number with no literal", new BulkInsert("users", List.of(row("score", Double.NaN)))));
		cases.add(new Case("execute: raw SQL as written",
				new Execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'")));
		return cases;
	}

}
