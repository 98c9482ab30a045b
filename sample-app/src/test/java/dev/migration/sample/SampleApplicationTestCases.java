package dev.migration.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import dev.migration.Migrator;
import dev.migration.source.RevisionContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What the sample application does on any database: it boots at the head of its revisions, the
 * {@code migrations} endpoint and the health show that, the REST API works over the migrated
 * tables, the Java revision moves the statuses both ways, and the chain goes down to base and up
 * again. Each test leaves the database at the heads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class SampleApplicationTestCases {

	static final String HEAD = "index_conversations_created_at";

	/** The revisions, newest first, as the endpoint's history lists them. */
	static final List<String> CHAIN = List.of(HEAD, "migrate_session_status", "create_conversations",
			"add_claude_session_id", "initial");

	/** The revisions, oldest first, as an upgrade from base runs them. */
	static final List<String> UPGRADE_ORDER = List.of("initial", "add_claude_session_id", "create_conversations",
			"migrate_session_status", HEAD);

	static final Map<String, String> SOURCES = Map.of(
			"initial", "classpath:db/revisions/20241024_1400_initial_create_sessions.sql",
			"add_claude_session_id",
			"classpath:db/revisions/20241024_1430_add_claude_session_id_add_claude_session_id_to_session_table.sql",
			"create_conversations",
			"classpath:db/revisions/20241025_0900_create_conversations_create_conversations_table.yaml",
			"migrate_session_status", "java:dev.migration.sample.revisions.MigrateSessionStatus",
			HEAD, "classpath:db/revisions/20241027_1100_index_conversations_created_at_index_conversations_by_creation_time.yaml");

	@LocalServerPort
	int port;

	@Autowired
	Migrator migrator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	@AfterEach
	void backToTheHeads() {
		this.migrator.upgrade("heads");
	}

	@Test
	void migrationsEndpointShowsTheHistoryAtTheHead() throws IOException {
		JsonNode migrations = get("/actuator/migrations").getBody();
		assertThat(names(migrations.get("contexts"))).containsExactly("sample-app");
		JsonNode migrator = migrator(migrations);
		assertThat(texts(migrator.get("current"))).containsExactly(HEAD);
		assertThat(texts(migrator.get("heads"))).containsExactly(HEAD);
		assertThat(migrator.get("pending")).isEmpty();
		JsonNode history = migrator.get("history");
		assertThat(revisions(history)).containsExactlyElementsOf(CHAIN);
		for (int i = 0; i < CHAIN.size(); i++) {
			JsonNode revision = history.get(i);
			String id = CHAIN.get(i);
			assertThat(revision.get("state").asString()).as(id).isEqualTo("APPLIED");
			assertThat(revision.get("appliedAt").asString()).as(id).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z");
			assertThat(revision.get("source").asString()).as(id).isEqualTo(SOURCES.get(id));
			assertThat(texts(revision.get("downRevisions"))).as(id)
				.isEqualTo((i + 1 < CHAIN.size()) ? List.of(CHAIN.get(i + 1)) : List.of());
			String checksum = revision.get("checksum").asString();
			if (id.equals("migrate_session_status")) {
				assertThat(checksum).isEqualTo("migrate_session_status-1");
			}
			else {
				assertThat(checksum).as(id).isEqualTo(checksumOf(SOURCES.get(id)));
			}
		}
		assertThat(history.get(3).get("message").asString()).isEqualTo("Add claude_session_id to session table");
		assertThat(history.get(1).get("message").asString()).isEqualTo("Move sessions from old_status to new_status");

		ResponseEntity<JsonNode> one = get("/actuator/migrations/create_conversations");
		assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(one.getBody().get("state").asString()).isEqualTo("APPLIED");
		assertThat(texts(one.getBody().get("nextRevisions"))).containsExactly("migrate_session_status");
		assertThat(one.getBody().get("createDate").asString()).isEqualTo("2024-10-25 09:00:00");
	}

	@Test
	void healthShowsWhereTheDatabaseStands() {
		ResponseEntity<JsonNode> response = get("/actuator/health");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode migrations = response.getBody().get("components").get("migrations");
		assertThat(migrations.get("status").asString()).isEqualTo("UP");
		assertThat(texts(migrations.get("details").get("current"))).containsExactly(HEAD);
		assertThat(migrations.get("details").get("pending")).isEmpty();
		assertThat(get("/actuator/health/readiness").getBody().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void restApiOverSessionsAndConversations() {
		ResponseEntity<JsonNode> created = post("/api/sessions",
				Map.of("title", "Fix the login bug", "claudeSessionId", "claude-42"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode session = created.getBody();
		String id = session.get("id").asString();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/sessions/" + id);
		assertThat(session.get("title").asString()).isEqualTo("Fix the login bug");
		assertThat(session.get("status").asString()).isEqualTo("idle");
		assertThat(session.get("claudeSessionId").asString()).isEqualTo("claude-42");
		assertThat(session.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+");
		assertThat(get("/api/sessions/" + id).getBody()).isEqualTo(session);
		assertThat(get("/api/sessions").getBody()).contains(session);

		ResponseEntity<JsonNode> question = post("/api/sessions/" + id + "/conversations",
				Map.of("role", "user", "content", "Why does the login fail?"));
		assertThat(question.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(question.getBody().get("sessionId").asString()).isEqualTo(id);
		ResponseEntity<JsonNode> answer = post("/api/sessions/" + id + "/conversations",
				Map.of("content", "The session cookie expires too early."));
		assertThat(answer.getBody().get("role").asString()).isEqualTo("user");
		JsonNode conversations = get("/api/sessions/" + id + "/conversations").getBody();
		assertThat(conversations).extracting((c) -> c.get("content").asString())
			.containsExactly("Why does the login fail?", "The session cookie expires too early.");

		ResponseEntity<Void> deleted = this.http.delete().uri("/api/sessions/{id}", id).retrieve().toBodilessEntity();
		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(get("/api/sessions/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/api/sessions/" + id + "/conversations").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM conversations WHERE session_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).as("conversations deleted by ON DELETE CASCADE").isZero();
	}

	@Test
	void restApiRejectsBadRequests() {
		ResponseEntity<JsonNode> untitled = post("/api/sessions", Map.of("title", " "));
		assertThat(untitled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(untitled.getBody().get("message").asString()).isEqualTo("title is required");
		ResponseEntity<JsonNode> badStatus = post("/api/sessions", Map.of("title", "t", "status", "active"));
		assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badStatus.getBody().get("message").asString())
			.isEqualTo("status must be one of running, idle, finished; found 'active'");
		assertThat(post("/api/sessions/no-such-session/conversations", Map.of("content", "hello")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.delete().uri("/api/sessions/no-such-session").retrieve().toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void statusMigrationFillsNewStatusFromOldStatus() throws SQLException {
		this.migrator.downgrade("base");
		this.migrator.upgrade("create_conversations");
		JsonNode before = migrator(get("/actuator/migrations").getBody());
		assertThat(texts(before.get("current"))).containsExactly("create_conversations");
		assertThat(revisions(before.get("pending"))).containsExactly("migrate_session_status", HEAD);
		insertOld("s-active", "active");
		insertOld("s-inactive", "inactive");
		insertOld("s-closed", "closed");
		insertOld("s-paused", "paused");
		this.jdbc.sql("INSERT INTO sessions (id, title) VALUES ('s-default', 'old_status by default')").update();
		this.jdbc.sql("INSERT INTO conversations (id, session_id, role, content) "
				+ "VALUES ('c-1', 's-active', 'user', 'Still there?')").update();

		this.migrator.upgrade("heads");

		assertThat(statusOf("s-active")).isEqualTo("running");
		assertThat(statusOf("s-inactive")).isEqualTo("idle");
		assertThat(statusOf("s-closed")).isEqualTo("finished");
		assertThat(statusOf("s-paused")).as("an unknown old status").isEqualTo("idle");
		assertThat(statusOf("s-default")).isEqualTo("running");
		assertThat(get("/api/sessions/s-active/conversations").getBody()).extracting((c) -> c.get("id").asString())
			.containsExactly("c-1");
		Map<String, Boolean> columns = columns("sessions");
		assertThat(columns).doesNotContainKey("old_status").contains(entry("new_status", false));
	}

	@Test
	void statusMigrationDowngradeRestoresOldStatus() throws SQLException {
		String running = post("/api/sessions", Map.of("title", "r", "status", "running")).getBody().get("id").asString();
		String idle = post("/api/sessions", Map.of("title", "i", "status", "idle")).getBody().get("id").asString();
		String finished = post("/api/sessions", Map.of("title", "f", "status", "finished")).getBody().get("id").asString();

		this.migrator.downgrade("create_conversations");

		Map<String, String> old = new HashMap<>();
		this.jdbc.sql("SELECT id, old_status FROM sessions")
			.query((rs, row) -> old.put(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(old).contains(entry(running, "active"), entry(idle, "inactive"), entry(finished, "closed"));
		Map<String, Boolean> columns = columns("sessions");
		assertThat(columns).doesNotContainKey("new_status").contains(entry("old_status", false));
		String inserted = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO sessions (id, title) VALUES (?, 'old_status by default')").param(inserted).update();
		assertThat(this.jdbc.sql("SELECT old_status FROM sessions WHERE id = ?").param(inserted)
			.query(String.class)
			.single()).as("the default of the initial revision is back").isEqualTo("active");

		this.migrator.upgrade("heads");

		assertThat(statusOf(running)).isEqualTo("running");
		assertThat(statusOf(idle)).isEqualTo("idle");
		assertThat(statusOf(finished)).isEqualTo("finished");
	}

	@Test
	void downgradeAndUpgradeCycle() throws SQLException {
		this.migrator.downgrade("-1");
		JsonNode oneDown = migrator(get("/actuator/migrations").getBody());
		assertThat(texts(oneDown.get("current"))).containsExactly("migrate_session_status");
		assertThat(revisions(oneDown.get("pending"))).containsExactly(HEAD);
		assertThat(oneDown.get("history").get(0).get("state").asString()).isEqualTo("PENDING");
		assertThat(indexes("conversations")).contains("ix_conversations_session_id")
			.doesNotContain("ix_conversations_created_at");

		this.migrator.downgrade("base");
		JsonNode atBase = migrator(get("/actuator/migrations").getBody());
		assertThat(atBase.get("current")).isEmpty();
		assertThat(revisions(atBase.get("pending"))).containsExactlyElementsOf(UPGRADE_ORDER);
		assertThat(atBase.get("history")).allSatisfy((revision) -> {
			assertThat(revision.get("state").asString()).isEqualTo("PENDING");
			assertThat(revision.has("appliedAt")).isFalse();
		});
		assertThat(texts(get("/actuator/health/migrations").getBody().get("details").get("pending")))
			.containsExactlyElementsOf(UPGRADE_ORDER);
		assertThat(tables()).doesNotContain("sessions", "conversations");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM alembic_version").query(Integer.class).single()).isZero();

		this.migrator.upgrade("heads");
		JsonNode atHead = migrator(get("/actuator/migrations").getBody());
		assertThat(texts(atHead.get("current"))).containsExactly(HEAD);
		assertThat(atHead.get("pending")).isEmpty();
		assertThat(atHead.get("history")).allSatisfy(
				(revision) -> assertThat(revision.get("state").asString()).isEqualTo("APPLIED"));
		assertThat(tables()).contains("sessions", "conversations");
		assertThat(indexes("conversations")).contains("ix_conversations_session_id", "ix_conversations_created_at");
		assertThat(indexes("sessions")).contains("ix_sessions_claude_session_id");
		assertThat(this.jdbc.sql("SELECT version_num FROM alembic_version").query(String.class).list())
			.containsExactly(HEAD);
	}

	// ------------------------------------------------------------------ helpers

	ResponseEntity<JsonNode> get(String path) {
		return this.http.get().uri(path).retrieve().toEntity(JsonNode.class);
	}

	ResponseEntity<JsonNode> post(String path, Map<String, String> body) {
		return this.http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
			.toEntity(JsonNode.class);
	}

	static JsonNode migrator(JsonNode migrations) {
		return migrations.get("contexts").get("sample-app").get("migrators").get("migrator");
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((value) -> texts.add(value.asString()));
		return texts;
	}

	static List<String> revisions(JsonNode array) {
		List<String> revisions = new ArrayList<>();
		array.forEach((revision) -> revisions.add(revision.get("revision").asString()));
		return revisions;
	}

	static String checksumOf(String source) throws IOException {
		String path = source.substring("classpath:".length());
		return RevisionContent.checksum(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8));
	}

	void insertOld(String id, String oldStatus) {
		this.jdbc.sql("INSERT INTO sessions (id, title, old_status) VALUES (?, ?, ?)")
			.params(id, "was " + oldStatus, oldStatus)
			.update();
	}

	String statusOf(String id) {
		ResponseEntity<JsonNode> session = get("/api/sessions/" + id);
		assertThat(session.getStatusCode()).as(id).isEqualTo(HttpStatus.OK);
		return session.getBody().get("status").asString();
	}

	/** The table's columns, lower case, each with whether it accepts NULL. */
	Map<String, Boolean> columns(String table) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			Map<String, Boolean> columns = new LinkedHashMap<>();
			try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), name(meta, table),
					null)) {
				while (rs.next()) {
					columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
							rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
				}
			}
			return columns;
		}
	}

	/** The names of the table's indexes, lower case. */
	Set<String> indexes(String table) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			Set<String> indexes = new TreeSet<>();
			try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(),
					name(meta, table), false, false)) {
				while (rs.next()) {
					if (rs.getString("INDEX_NAME") != null) {
						indexes.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
			return indexes;
		}
	}

	/** The names of the tables of the connection's schema, lower case. */
	Set<String> tables() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			Set<String> tables = new TreeSet<>();
			try (ResultSet rs = connection.getMetaData()
				.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return tables;
		}
	}

	private static String name(DatabaseMetaData meta, String identifier) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? identifier.toUpperCase(Locale.ROOT) : identifier;
	}

}
