package dev.migration.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.migration.MigrationException;
import dev.migration.operation.Operation;
import dev.migration.revision.Revision;
import dev.migration.script.MigrationContext;
import dev.migration.script.RevisionScript;

/**
 * Collects the operations of a declarative script without a database, to see what a revision
 * will run before running it, and to render offline scripts.
 */
final class RecordingContext implements MigrationContext {

	private final String databaseKind;

	private final Revision revision;

	private final List<RecordedOperation> operations = new ArrayList<>();

	private RecordingContext(String databaseKind, Revision revision) {
		this.databaseKind = databaseKind;
		this.revision = revision;
	}

	static List<RecordedOperation> record(RevisionScript script, boolean upgrade, String databaseKind) {
		RecordingContext context = new RecordingContext(databaseKind, script.revision());
		if (upgrade) {
			script.upgrade(context);
		}
		else {
			script.downgrade(context);
		}
		return List.copyOf(context.operations);
	}

	@Override
	public void apply(Operation operation, int line) {
		this.operations.add(new RecordedOperation(operation, line));
	}

	@Override
	public Connection connection() {
		throw new MigrationException("Revision " + this.revision.id() + " (" + this.revision.source()
				+ ") uses the JDBC connection, so it cannot be rendered as SQL without a database; run it online");
	}

	@Override
	public String databaseKind() {
		return this.databaseKind;
	}

}
