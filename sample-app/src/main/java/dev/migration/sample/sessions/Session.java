package dev.migration.sample.sessions;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A session, as the API shows it.
 *
 * @param id the session's id, a UUID
 * @param title its title
 * @param status {@code running}, {@code idle} or {@code finished}
 * @param claudeSessionId the id of the Claude session it maps to, if any
 * @param createdAt when it was created
 */
public record Session(String id, String title, String status, @Nullable String claudeSessionId,
		LocalDateTime createdAt) {

}
