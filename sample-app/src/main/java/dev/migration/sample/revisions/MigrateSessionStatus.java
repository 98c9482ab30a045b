package dev.migration.sample.revisions;

import org.springframework.stereotype.Component;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;

import static dev.migration.operation.Operations.column;

/**
 * The guide's data migration, done the safe way it recommends: add the new column as nullable,
 * fill it, only then make it NOT NULL, and drop the old column last. The status values change
 * too: {@code active}, {@code inactive} and {@code closed} become {@code running}, {@code idle}
 * and {@code finished}.
 *
 * <p>A Java revision is a bean: the starter finds every {@link JavaRevision} in the context and
 * adds it to the revisions of {@code db/revisions}.
 */
@Component
@RevisionInfo(id = "migrate_session_status", downRevision = "create_conversations",
		message = "Move sessions from old_status to new_status", createDate = "2024-10-26 10:00:00")
public class MigrateSessionStatus implements JavaRevision {

	@Override
	public void upgrade(Operations op) {
		// 1. Add the new column, nullable: the table has rows.
		op.addColumn("sessions", column("new_status", "string(20)").nullable(true));
		// 2. Fill it: the guide's update, then the other statuses, then a default for the rest.
		op.execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'");
		op.execute("UPDATE sessions SET new_status = 'finished' WHERE old_status = 'closed'");
		op.execute("UPDATE sessions SET new_status = 'idle' WHERE new_status IS NULL");
		// 3. Every row has a value now: NOT NULL holds.
		op.alterColumn("sessions", "new_status", (c) -> c.nullable(false).existingType("string(20)"));
		// 4. Drop the old column.
		op.dropColumn("sessions", "old_status");
	}

	@Override
	public void downgrade(Operations op) {
		op.addColumn("sessions", column("old_status", "string(20)").nullable(true));
		op.execute("UPDATE sessions SET old_status = CASE new_status WHEN 'running' THEN 'active' "
				+ "WHEN 'finished' THEN 'closed' ELSE 'inactive' END");
		// Back to the column of the initial revision: NOT NULL, DEFAULT 'active'.
		op.alterColumn("sessions", "old_status",
				(c) -> c.nullable(false).serverDefault("'active'").existingType("string(20)"));
		op.dropColumn("sessions", "new_status");
	}

	/**
	 * Tracks changes to this class: change the value whenever {@link #upgrade} changes, and the
	 * endpoint reports the revision as {@code CHANGED} on databases that applied the old one.
	 */
	@Override
	public String checksum() {
		return "migrate_session_status-1";
	}

}
