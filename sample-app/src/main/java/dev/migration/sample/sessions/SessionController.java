package dev.migration.sample.sessions;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The REST API: sessions, and the conversations of each.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

	private static final Set<String> STATUSES = Set.of("running", "idle", "finished");

	private final SessionStore store;

	SessionController(SessionStore store) {
		this.store = store;
	}

	@GetMapping
	List<Session> sessions() {
		return this.store.sessions();
	}

	@GetMapping("/{id}")
	Session session(@PathVariable String id) {
		return this.store.session(id).orElseThrow(() -> notFound(id));
	}

	@PostMapping
	ResponseEntity<Session> create(@RequestBody NewSession request) {
		String title = required(request.title(), "title", 255);
		String status = (request.status() != null) ? request.status() : "idle";
		if (!STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"status must be one of running, idle, finished; found '" + status + "'");
		}
		Session session = this.store.createSession(title, status, request.claudeSessionId());
		return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).body(session);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		if (!this.store.deleteSession(id)) {
			throw notFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/conversations")
	List<Conversation> conversations(@PathVariable String id) {
		session(id);
		return this.store.conversations(id);
	}

	@PostMapping("/{id}/conversations")
	ResponseEntity<Conversation> addConversation(@PathVariable String id, @RequestBody NewConversation request) {
		session(id);
		String content = required(request.content(), "content", Integer.MAX_VALUE);
		String role = (request.role() != null) ? required(request.role(), "role", 20) : "user";
		Conversation conversation = this.store.addConversation(id, role, content);
		return ResponseEntity.status(HttpStatus.CREATED).body(conversation);
	}

	private static String required(@Nullable String value, String name, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is required");
		}
		if (value.length() > maxLength) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					name + " must be at most " + maxLength + " characters");
		}
		return value;
	}

	private static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "no session " + id);
	}

}
