package dev.migration.runtime;

import java.time.Duration;

import dev.migration.MigrationResult;
import dev.migration.revision.Step;

/**
 * Hears about each step as it runs, and about each command ({@code upgrade}, {@code downgrade},
 * {@code stamp}) as it ends: for progress display, metrics, health and logs. Listeners are called on
 * the thread that runs the command.
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

	/**
	 * A command finished: every step of its plan ran and was recorded, or there was nothing to
	 * do. An exception thrown here is logged and ignored: the command's changes are committed.
	 * @param result what the command did
	 */
	default void commandFinished(MigrationResult result) {
	}

	/**
	 * A command failed: a revision failed, the target could not be resolved, the revisions could
	 * not be loaded, the lock could not be had, ... An exception thrown here is added to the
	 * failure as suppressed.
	 * @param command the command: {@code upgrade}, {@code downgrade} or {@code stamp}
	 * @param target the target as given
	 * @param duration how long the command ran before it failed
	 * @param failure what happened; the command throws it after the listeners heard of it
	 */
	default void commandFailed(String command, String target, Duration duration, RuntimeException failure) {
	}

}
