package dev.migration.docs;

import java.util.List;

import dev.migration.operation.ConstraintType;
import dev.migration.operation.Operations;

// tag::imports[]
import static dev.migration.operation.Operations.column;
import static dev.migration.operation.Operations.row;
// end::imports[]

/**
 * The Java equivalents of the operation snippets of {@code docs/operations.md}: each method holds
 * the text of one snippet between its tags, and is named after its tag.
 * {@link DocumentationSnippetsTests} checks that each builds the operations the YAML before it
 * does.
 */
final class OperationExamples {

	private OperationExamples() {
	}

	static void add_column(Operations op) {
		// tag::add_column[]
		op.addColumn("sessions", column("claude_session_id", "string(100)").nullable(true));
		// end::add_column[]
	}

	static void add_column_default(Operations op) {
		// tag::add_column_default[]
		op.addColumn("sessions", column("status", "string(20)").nullable(false).serverDefault("'active'"));
		// end::add_column_default[]
	}

	static void drop_column(Operations op) {
		// tag::drop_column[]
		op.dropColumn("sessions", column("old_status", "string(20)").nullable(true));
		// end::drop_column[]
	}

	static void alter_column(Operations op) {
		// tag::alter_column[]
		op.alterColumn("users", "name", (c) -> c.type("string(200)")
			.nullable(false)
			.existingType("string(100)")
			.existingNullable(true));
		// end::alter_column[]
	}

	static void create_table(Operations op) {
		// tag::create_table[]
		op.createTable("conversations",
				column("id", "string(36)").primaryKey(true),
				column("session_id", "string(36)").nullable(false),
				column("title", "string(200)"),
				column("status", "string(20)").nullable(false).serverDefault("'open'"),
				column("created_at", "timestamp").nullable(false).serverDefault("CURRENT_TIMESTAMP"));
		// end::create_table[]
	}

	static void drop_table(Operations op) {
		// tag::drop_table[]
		op.dropTable("old_table",
				column("id", "string(36)").primaryKey(true),
				column("payload", "text"));
		// end::drop_table[]
	}

	static void rename_table(Operations op) {
		// tag::rename_table[]
		op.renameTable("user_tags", "tags");
		// end::rename_table[]
	}

	static void create_index(Operations op) {
		// tag::create_index[]
		op.createIndex("ix_sessions_claude_session_id", "sessions", "claude_session_id");
		// end::create_index[]
	}

	static void create_index_concurrently(Operations op) {
		// tag::create_index_concurrently[]
		op.createIndex("ix_conversations_created_at", "conversations", List.of("created_at"),
				(i) -> i.postgresqlConcurrently(true));
		// end::create_index_concurrently[]
	}

	static void drop_index(Operations op) {
		// tag::drop_index[]
		op.dropIndex("ix_sessions_claude_session_id", (i) -> i.tableName("sessions").columns("claude_session_id"));
		// end::drop_index[]
	}

	static void create_foreign_key(Operations op) {
		// tag::create_foreign_key[]
		op.createForeignKey("fk_sessions_user", "sessions", "users", List.of("user_id"), List.of("id"),
				(fk) -> fk.ondelete("CASCADE"));
		// end::create_foreign_key[]
	}

	static void create_unique_constraint(Operations op) {
		// tag::create_unique_constraint[]
		op.createUniqueConstraint("uq_users_email", "users", "email");
		// end::create_unique_constraint[]
	}

	static void create_check_constraint(Operations op) {
		// tag::create_check_constraint[]
		op.createCheckConstraint("ck_users_email", "users", "email <> ''");
		// end::create_check_constraint[]
	}

	static void create_primary_key(Operations op) {
		// tag::create_primary_key[]
		op.createPrimaryKey("pk_memberships", "memberships", "user_id", "group_id");
		// end::create_primary_key[]
	}

	static void drop_constraint(Operations op) {
		// tag::drop_constraint[]
		op.dropConstraint("uq_users_email", "users", ConstraintType.UNIQUE);
		// end::drop_constraint[]
	}

	static void execute(Operations op) {
		// tag::execute[]
		op.execute("UPDATE sessions SET status = 'closed' WHERE user_id IS NULL");
		op.execute("""
				UPDATE conversations
				SET title = 'Untitled'
				WHERE title IS NULL""");
		// end::execute[]
	}

	static void bulk_insert(Operations op) {
		// tag::bulk_insert[]
		op.bulkInsert("tags", List.of(
				row("id", 1, "name", "urgent"),
				row("id", 2, "name", "won't fix")));
		// end::bulk_insert[]
	}

	static void index_before_foreign_key(Operations op) {
		// tag::index_before_foreign_key[]
		op.createIndex("ix_conversations_session_id", "conversations", "session_id");
		op.createForeignKey("fk_conversations_session", "conversations", "sessions", List.of("session_id"),
				List.of("id"), (fk) -> fk.ondelete("CASCADE"));
		// end::index_before_foreign_key[]
	}

	static void add_numeric_column(Operations op) {
		// tag::add_numeric_column[]
		op.addColumn("sessions", column("price", "numeric(10, 2)"));
		// end::add_numeric_column[]
	}

}
