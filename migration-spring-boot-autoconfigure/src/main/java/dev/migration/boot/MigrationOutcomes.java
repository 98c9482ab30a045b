package dev.migration.boot;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationResult;
import dev.migration.runtime.MigrationListener;

/**
 * How this application's migration work last ended: the start-up action, and every upgrade,
 * downgrade or stamp the migrator ran since. The health indicator reports a failure until a later
 * command succeeds. Thread-safe.
 */
public final class MigrationOutcomes implements MigrationListener {

	private volatile @Nullable Failure failure;

	private volatile @Nullable MigrationResult lastResult;

	@Override
	public void commandFinished(MigrationResult result) {
		this.lastResult = result;
		this.failure = null;
	}

	@Override
	public void commandFailed(String command, String target, Duration duration, RuntimeException failure) {
		this.failure = new Failure(command + " " + target, failure, Instant.now());
	}

	/**
	 * Records that the start-up action failed without a command failing, for example a
	 * validation.
	 * @param action what failed, for example {@code validate}
	 * @param failure what happened
	 */
	public void failed(String action, RuntimeException failure) {
		Failure recorded = this.failure;
		if (recorded == null || recorded.exception() != failure) {
			this.failure = new Failure(action, failure, Instant.now());
		}
	}

	/**
	 * Returns the failure of the last command or start-up action, unless a command succeeded
	 * since.
	 * @return the failure, or {@code null}
	 */
	public @Nullable Failure lastFailure() {
		return this.failure;
	}

	/**
	 * Returns what the last successful command did.
	 * @return the result, or {@code null} when no command succeeded yet
	 */
	public @Nullable MigrationResult lastResult() {
		return this.lastResult;
	}

	/**
	 * A failed command or start-up action.
	 *
	 * @param action what failed: the command and its target, for example {@code upgrade heads}, or
	 * the start-up action
	 * @param exception what happened
	 * @param at when it failed
	 */
	public record Failure(String action, RuntimeException exception, Instant at) {
	}

}
