package dev.migration.script;

import java.util.Objects;

import dev.migration.operation.Operation;

/**
 * An operation a revision script handed over, with the line of the file that declared it.
 *
 * @param operation the operation
 * @param line the line, or 0 when unknown
 */
public record RecordedOperation(Operation operation, int line) {

	public RecordedOperation {
		Objects.requireNonNull(operation, "operation");
	}

}
