package dev.migration.sample.sessions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and their conversations, in the tables the revisions of {@code db/revisions} create.
 */
@Repository
public class SessionStore {

	private static final String SESSION_COLUMNS = "id, title, new_status AS status, claude_session_id, created_at";

	private final JdbcClient jdbc;

	SessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Session> sessions() {
		return this.jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM sessions ORDER BY created_at, id")
			.query(Session.class)
			.list();
	}

	public Optional<Session> session(String id) {
		return this.jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM sessions WHERE id = ?")
			.param(id)
			.query(Session.class)
			.optional();
	}

	@Transactional
	public Session createSession(String title, String status, @Nullable String claudeSessionId) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO sessions (id, title, new_status, claude_session_id) VALUES (?, ?, ?, ?)")
			.params(id, title, status, claudeSessionId)
			.update();
		return session(id).orElseThrow();
	}

	/**
	 * Deletes a session; the database deletes its conversations (ON DELETE CASCADE).
	 * @param id the session
	 * @return whether there was one
	 */
	public boolean deleteSession(String id) {
		return this.jdbc.sql("DELETE FROM sessions WHERE id = ?").param(id).update() > 0;
	}

	public List<Conversation> conversations(String sessionId) {
		return this.jdbc
			.sql("SELECT id, session_id, role, content, created_at FROM conversations WHERE session_id = ? "
					+ "ORDER BY created_at, id")
			.param(sessionId)
			.query(Conversation.class)
			.list();
	}

	@Transactional
	public Conversation addConversation(String sessionId, String role, String content) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO conversations (id, session_id, role, content) VALUES (?, ?, ?, ?)")
			.params(id, sessionId, role, content)
			.update();
		return this.jdbc.sql("SELECT id, session_id, role, content, created_at FROM conversations WHERE id = ?")
			.param(id)
			.query(Conversation.class)
			.single();
	}

}
