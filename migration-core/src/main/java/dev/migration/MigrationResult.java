package dev.migration;

import java.time.Duration;
import java.util.List;

import dev.migration.runtime.AppliedStep;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param command the command: {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param target the target as given
 * @param fromHeads the rows of the version table before
 * @param toHeads the rows after
 * @param steps each step with how long it took
 * @param duration how long the whole command took, waiting for the lock included
 */
public record MigrationResult(String command, String target, List<String> fromHeads, List<String> toHeads,
		List<AppliedStep> steps, Duration duration) {

	public MigrationResult {
		fromHeads = List.copyOf(fromHeads);
		toHeads = List.copyOf(toHeads);
		steps = List.copyOf(steps);
	}

	/**
	 * Whether the command changed nothing: no revision ran and the version table holds what it
	 * held. A {@code stamp --purge} that empties the table changed it, without a step.
	 * @return whether there was nothing to do
	 */
	public boolean nothingToDo() {
		return this.steps.isEmpty() && this.fromHeads.equals(this.toHeads);
	}

}
