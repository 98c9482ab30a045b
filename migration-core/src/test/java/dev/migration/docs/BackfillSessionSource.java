package dev.migration.docs;

import java.sql.SQLException;
import java.sql.Statement;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;

@RevisionInfo(id = "backfill_session_source", downRevision = "add_session_source",
		message = "Fill sessions.source in batches", transactional = false)
public class BackfillSessionSource implements JavaRevision {

	@Override
	public void upgrade(Operations op) throws SQLException {
		String batch = switch (op.databaseKind()) {
			case "mariadb", "mysql" -> "UPDATE sessions SET source = 'web' WHERE source IS NULL LIMIT 1000";
			default -> "UPDATE sessions SET source = 'web'"
					+ " WHERE id IN (SELECT id FROM sessions WHERE source IS NULL LIMIT 1000)";
		};
		try (Statement statement = op.connection().createStatement()) {
			while (statement.executeUpdate(batch) > 0) {
				// Each batch is committed on its own: the revision is not transactional.
			}
		}
	}

	@Override
	public void downgrade(Operations op) {
		// Nothing to undo: the values go when add_session_source is downgraded.
	}

}
