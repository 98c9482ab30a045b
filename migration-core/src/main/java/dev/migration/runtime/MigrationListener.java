package dev.migration.runtime;

import java.time.Duration;

import dev.migration.revision.Step;

/**
 * Hears about each step as it runs: for progress display, metrics and logs.
 */
public interface MigrationListener {

	/**
	 * A step is about to run.
	 * @param step the step
	 * @param index its position, from 1
	 * @param total how many steps the run has
	 */
	default void beforeStep(Step step, int index, int total) {
	}

	/**
	 * A step ran and was recorded.
	 * @param step the step
	 * @param duration how long it took
	 */
	default void afterStep(Step step, Duration duration) {
	}

	/**
	 * A step failed; the run stops.
	 * @param step the step
	 * @param failure what happened
	 */
	default void stepFailed(Step step, MigrationFailedException failure) {
	}

}
