package dev.migration.docs;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;

import static dev.migration.operation.Operations.column;

/**
 * The Java revision whose annotation the page on checks ({@code docs/checks.md}) shows: a
 * suppression of the lint's {@code drop-column} rule, with its reason.
 */
// tag::lint-ignore[]
@RevisionInfo(id = "drop_old_status", downRevision = "migrate_status", message = "Drop sessions.old_status",
        lintIgnore = "drop-column: old_status is unused since 2.3; its values are in sessions_archive")
// end::lint-ignore[]
public class DropOldStatus implements JavaRevision {

	@Override
	public void upgrade(Operations op) {
		op.dropColumn("sessions", "old_status");
	}

	@Override
	public void downgrade(Operations op) {
		op.addColumn("sessions", column("old_status", "string(20)").nullable(true));
	}

}
