package dev.migration.sample.sessions;

import java.time.LocalDateTime;

/**
 * A conversation of a session, as the API shows it.
 *
 * @param id the conversation's id, a UUID
 * @param sessionId the session it belongs to
 * @param role who spoke, for example {@code user} or {@code assistant}
 * @param content what was said
 * @param createdAt when it was added
 */
public record Conversation(String id, String sessionId, String role, String content, LocalDateTime createdAt) {

}
