package dev.migration.script;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.migration.MigrationException;
import dev.migration.operation.Operation;
import dev.migration.revision.Revision;

/**
 * Collects the operations a revision script hands over, without a database: to see what a
 * revision will run before running it, to render offline scripts, and to lint revisions.
 */
public final class Recorder {

	private Recorder() {
	}

	/**
	 * Records the operations of a script's upgrade or downgrade.
	 * @param script the script
	 * @param upgrade {@code true} for the upgrade, {@code false} for the downgrade
	 * @param databaseKind the database the operations are meant for ({@code postgresql},
	 * {@code mariadb}, {@code mysql}, {@code h2}): SQL files are split with its rules, and Java
	 * revisions may ask for it
	 * @return the operations, in order, each with the line that declared it
	 * @throws MigrationException if the script fails or cannot be downgraded, saying which
	 * revision and why; a {@link ConnectionUsedException} if it uses the JDBC connection
	 */
	public static List<RecordedOperation> record(RevisionScript script, boolean upgrade, String databaseKind) {
		List<RecordedOperation> operations = new ArrayList<>();
		record(script, upgrade, databaseKind, operations::add);
		return List.copyOf(operations);
	}

	/**
	 * Records the operations of a script's upgrade or downgrade, handing each to a consumer as it
	 * comes, so that a caller that catches the failure still has the operations before it.
	 * @param script the script
	 * @param upgrade {@code true} for the upgrade, {@code false} for the downgrade
	 * @param databaseKind the database the operations are meant for
	 * @param operations where each operation goes
	 * @throws MigrationException if the script fails or cannot be downgraded; a
	 * {@link ConnectionUsedException} if it uses the JDBC connection
	 */
	public static void record(RevisionScript script, boolean upgrade, String databaseKind,
			Consumer<RecordedOperation> operations) {
		Context context = new Context(databaseKind, script.revision(), operations);
		if (upgrade) {
			script.upgrade(context);
		}
		else {
			script.downgrade(context);
		}
	}

	/**
	 * Thrown when a script being recorded asks for the JDBC connection: what it does next
	 * depends on the database, so it cannot be recorded further.
	 */
	public static final class ConnectionUsedException extends MigrationException {

		private static final long serialVersionUID = 1L;

		ConnectionUsedException(String message) {
			super(message);
		}

	}

	private static final class Context implements MigrationContext {

		private final String databaseKind;

		private final Revision revision;

		private final Consumer<RecordedOperation> operations;

		Context(String databaseKind, Revision revision, Consumer<RecordedOperation> operations) {
			this.databaseKind = databaseKind;
			this.revision = revision;
			this.operations = operations;
		}

		@Override
		public void apply(Operation operation, int line) {
			this.operations.accept(new RecordedOperation(operation, line));
		}

		@Override
		public Connection connection() {
			throw new ConnectionUsedException("Revision " + this.revision.id() + " (" + this.revision.source()
					+ ") uses the JDBC connection, so it cannot be rendered as SQL without a database; run it online");
		}

		@Override
		public String databaseKind() {
			return this.databaseKind;
		}

	}

}
