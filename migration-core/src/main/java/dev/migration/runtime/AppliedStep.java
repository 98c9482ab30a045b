package dev.migration.runtime;

import java.time.Duration;

import dev.migration.revision.Step;

/**
 * A step that ran and was recorded.
 *
 * @param step the step
 * @param duration how long it took
 */
public record AppliedStep(Step step, Duration duration) {
}
