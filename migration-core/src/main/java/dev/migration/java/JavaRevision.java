package dev.migration.java;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.Operations;

/**
 * A revision written in Java, annotated with {@link RevisionInfo}. It uses the same operations as
 * YAML revisions, and the JDBC connection for data work:
 *
 * <pre>{@code
 * @RevisionInfo(id = "migrate_status", downRevision = "create_conversations",
 *         message = "Move sessions from old_status to new_status")
 * public class MigrateStatus implements JavaRevision {
 *
 *     public void upgrade(Operations op) throws Exception {
 *         op.addColumn("sessions", column("new_status", "string(20)").nullable(true));
 *         op.execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'");
 *         op.alterColumn("sessions", "new_status", (c) -> c.nullable(false).existingType("string(20)"));
 *         op.dropColumn("sessions", "old_status");
 *     }
 * }
 * }</pre>
 *
 * <p>In a Spring Boot application, Java revisions are beans; elsewhere they are registered with
 * {@link dev.migration.Migrator.Builder#revisions}, through {@link JavaRevisions#scripts}.
 */
public interface JavaRevision {

	/**
	 * Upgrades the database.
	 * @param op the operations, and the connection for data work
	 * @throws Exception if the upgrade fails; the revision's transaction is rolled back
	 */
	void upgrade(Operations op) throws Exception;

	/**
	 * Downgrades the database. A revision that does not override this cannot be downgraded.
	 * @param op the operations, and the connection for data work
	 * @throws Exception if the downgrade fails; the revision's transaction is rolled back
	 */
	default void downgrade(Operations op) throws Exception {
		throw new UnsupportedOperationException("no downgrade");
	}

	/**
	 * Returns a checksum of the revision, recorded when it is applied, so that a later change
	 * shows as {@code CHANGED}. By default Java revisions are not tracked; return, for example, a
	 * version you change whenever the code changes.
	 * @return the checksum, or {@code null} not to track changes
	 */
	default @Nullable String checksum() {
		return null;
	}

}
