package dev.migration.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with the starter, on PostgreSQL: it boots, its database is at the heads, and the
 * {@code migrations} endpoint and health answer over HTTP with the contract's JSON.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always" })
class MigrationApplicationTests {

	static TestDatabase db;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", db::jdbcUrl);
		registry.add("spring.datasource.username", db::user);
		registry.add("spring.datasource.password", db::password);
	}

	@Test
	void theDatabaseIsAtTheHeadsOnceTheApplicationIsUp() {
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		assertThat(jdbc.queryForList("SELECT version_num FROM alembic_version", String.class)).containsExactly("c3");
		assertThat(jdbc.queryForList("SELECT id FROM sessions", String.class)).containsExactly("seeded");
	}

	@Test
	void endpointAnswersWithTheContractsJson() throws Exception {
		HttpResponse<String> response = get("/actuator/migrations");
		assertThat(response.statusCode()).isEqualTo(200);
		Files.writeString(Path.of("target", "migrations-endpoint-sample.json"), response.body());
		JsonNode root = this.json.readTree(response.body());
		assertThat(names(root)).containsExactly("contexts");
		assertThat(names(root.get("contexts"))).containsExactly("application");
		assertThat(names(root.get("contexts").get("application"))).containsExactly("migrators");
		JsonNode migrator = root.get("contexts").get("application").get("migrators").get("migrator");
		assertThat(names(migrator)).containsExactlyInAnyOrder("current", "heads", "pending", "history");
		assertThat(migrator.get("current").toString()).isEqualTo("[\"c3\"]");
		assertThat(migrator.get("heads").toString()).isEqualTo("[\"c3\"]");
		assertThat(migrator.get("pending").toString()).isEqualTo("[]");
		JsonNode history = migrator.get("history");
		assertThat(history).hasSize(3);
		assertThat(history.get(0).get("revision").asString()).isEqualTo("c3");
		assertThat(history.get(0).get("source").asString())
			.isEqualTo("java:" + C3SeedSessions.class.getName());
		assertThat(names(history.get(0))).as("a Java revision has no checksum").doesNotContain("checksum");
		JsonNode b2 = history.get(1);
		assertThat(names(b2)).containsExactlyInAnyOrder("revision", "downRevisions", "branchLabels", "dependsOn", "message",
				"source", "state", "appliedAt", "executionTimeMs", "checksum");
		assertThat(b2.get("revision").asString()).isEqualTo("b2");
		assertThat(b2.get("downRevisions").toString()).isEqualTo("[\"a1\"]");
		assertThat(b2.get("branchLabels").toString()).isEqualTo("[]");
		assertThat(b2.get("message").asString()).isEqualTo("Add created_at to sessions");
		assertThat(b2.get("source").asString())
			.isEqualTo("classpath:db/revisions/20250102_0900_b2_add_created_at.sql");
		assertThat(b2.get("state").asString()).isEqualTo("APPLIED");
		assertThat(b2.get("appliedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
		assertThat(b2.get("executionTimeMs").isIntegralNumber()).isTrue();
		assertThat(b2.get("checksum").asString()).matches("[0-9a-f]{64}");
		assertThat(history.get(2).get("revision").asString()).isEqualTo("a1");
		assertThat(history.get(2).get("downRevisions").toString()).isEqualTo("[]");
	}

	@Test
	void endpointShowsOneRevision() throws Exception {
		HttpResponse<String> response = get("/actuator/migrations/a1");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode revision = this.json.readTree(response.body());
		assertThat(revision.get("revision").asString()).isEqualTo("a1");
		assertThat(revision.get("migrator").asString()).isEqualTo("migrator");
		assertThat(revision.get("context").asString()).isEqualTo("application");
		assertThat(revision.get("nextRevisions").toString()).isEqualTo("[\"b2\"]");
		assertThat(revision.get("createDate").asString()).isEqualTo("2025-01-01 09:00:00");
		assertThat(revision.get("base").asBoolean()).isTrue();
		assertThat(revision.get("head").asBoolean()).isFalse();
		assertThat(revision.get("state").asString()).isEqualTo("APPLIED");
		assertThat(revision.get("appliedChecksum").asString()).isEqualTo(revision.get("checksum").asString());
		assertThat(get("/actuator/migrations/no_such_revision").statusCode()).isEqualTo(404);
	}

	@Test
	void healthIsUpWithWhereTheDatabaseStands() throws Exception {
		HttpResponse<String> response = get("/actuator/health/migrations");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body())).isEqualTo(this.json.readTree(
				"{\"status\":\"UP\",\"details\":{\"current\":[\"c3\"],\"heads\":[\"c3\"],\"pending\":[]}}"));
	}

	@Test
	void writeOperationsAreOffByDefault() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/migrations"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"downgrade\",\"target\":\"base\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(new JdbcTemplate(db.dataSource()).queryForList("SELECT version_num FROM alembic_version",
				String.class))
			.containsExactly("c3");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SessionsApplication {

		@Bean
		C3SeedSessions c3SeedSessions() {
			return new C3SeedSessions();
		}

	}

	@RevisionInfo(id = "c3", downRevision = "b2", message = "Seed a session")
	static class C3SeedSessions implements JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.execute("INSERT INTO sessions (id, status, created_at) VALUES ('seeded', 'active', CURRENT_TIMESTAMP)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DELETE FROM sessions WHERE id = 'seeded'");
		}

	}

}
