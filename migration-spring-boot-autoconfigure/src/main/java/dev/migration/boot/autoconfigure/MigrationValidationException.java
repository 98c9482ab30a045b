package dev.migration.boot.autoconfigure;

import java.util.List;

import dev.migration.MigrationException;

/**
 * The database does not match the revisions, and {@code migration.on-startup=validate} says it
 * must.
 */
public class MigrationValidationException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	/**
	 * Creates the exception.
	 * @param problems what {@link dev.migration.Migrator#validate()} found, at least one
	 */
	public MigrationValidationException(List<String> problems) {
		super("The database does not match the revisions (migration.on-startup=validate):\n  - "
				+ String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Returns what validation found.
	 * @return the problems
	 */
	public List<String> getProblems() {
		return this.problems;
	}

}
