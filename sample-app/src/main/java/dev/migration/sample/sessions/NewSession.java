package dev.migration.sample.sessions;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/sessions}.
 *
 * @param title the title, required
 * @param status {@code running}, {@code idle} or {@code finished}; {@code idle} when absent
 * @param claudeSessionId the id of the Claude session it maps to, if any
 */
public record NewSession(@Nullable String title, @Nullable String status, @Nullable String claudeSessionId) {

}
