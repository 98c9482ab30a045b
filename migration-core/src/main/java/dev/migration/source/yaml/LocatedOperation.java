package dev.migration.source.yaml;

import java.util.Objects;

import dev.migration.operation.Operation;

/**
 * An operation of a YAML revision and where the file declares it.
 *
 * @param operation the operation
 * @param line the line of its name, from 1
 * @param column the column of its name, from 1
 */
public record LocatedOperation(Operation operation, int line, int column) {

	public LocatedOperation {
		Objects.requireNonNull(operation, "operation");
	}

}
