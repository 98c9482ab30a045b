package dev.migration.sample.sessions;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/sessions/{id}/conversations}.
 *
 * @param role who spoke; {@code user} when absent
 * @param content what was said, required
 */
public record NewConversation(@Nullable String role, @Nullable String content) {

}
