package dev.migration.operation;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.migration.MigrationException;
import dev.migration.script.MigrationContext;

/**
 * A context that records the operations it is given, with their lines.
 */
final class RecordingContext implements MigrationContext {

	private final List<Operation> operations = new ArrayList<>();

	private final List<Integer> lines = new ArrayList<>();

	@Override
	public void apply(Operation operation, int line) {
		this.operations.add(operation);
		this.lines.add(line);
	}

	@Override
	public Connection connection() {
		throw new MigrationException("no connection in tests");
	}

	@Override
	public String databaseKind() {
		return "h2";
	}

	List<Operation> operations() {
		return this.operations;
	}

	List<Integer> lines() {
		return this.lines;
	}

}
