package dev.migration.docs;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;

import static dev.migration.operation.Operations.column;

@RevisionInfo(id = "migrate_session_status", downRevision = "create_conversations",
		message = "Move sessions from old_status to new_status", createDate = "2024-10-25 09:00:00")
public class MigrateSessionStatus implements JavaRevision {

	@Override
	public void upgrade(Operations op) {
		// 1. Add the new column, accepting NULL for now.
		op.addColumn("sessions", column("new_status", "string(20)").nullable(true));

		// 2. Fill it, every row: the old values that map, then a value for the others.
		op.execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'");
		op.execute("UPDATE sessions SET new_status = 'stopped' WHERE new_status IS NULL");

		// 3. Only now refuse NULL.
		op.alterColumn("sessions", "new_status", (c) -> c.nullable(false)
			.existingType("string(20)")
			.existingNullable(true));

		// 4. Drop the old column.
		op.dropColumn("sessions", "old_status");
	}

	@Override
	public void downgrade(Operations op) {
		op.addColumn("sessions", column("old_status", "string(20)").nullable(true));
		op.execute("UPDATE sessions SET old_status = 'active' WHERE new_status = 'running'");
		op.dropColumn("sessions", "new_status");
	}

}
