package dev.migration.source.sql;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.migration.operation.Execute;
import dev.migration.operation.Operation;
import dev.migration.script.MigrationContext;

/**
 * A context that records the statements it is given, as {@code line: sql}.
 */
final class RecordingContext implements MigrationContext {

	private final String databaseKind;

	private final List<String> applied = new ArrayList<>();

	RecordingContext(String databaseKind) {
		this.databaseKind = databaseKind;
	}

	@Override
	public void apply(Operation operation, int line) {
		this.applied.add(line + ": " + ((Execute) operation).sql());
	}

	@Override
	public Connection connection() {
		throw new UnsupportedOperationException("no connection in this test");
	}

	@Override
	public String databaseKind() {
		return this.databaseKind;
	}

	List<String> applied() {
		return this.applied;
	}

}
