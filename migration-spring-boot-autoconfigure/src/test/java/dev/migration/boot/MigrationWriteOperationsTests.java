package dev.migration.boot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code migrations} endpoint's write operation over HTTP, turned on by
 * {@code migration.endpoint.write-operations-enabled}, on PostgreSQL.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always", "migration.endpoint.write-operations-enabled=true" })
class MigrationWriteOperationsTests {

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
	void downgradeUpgradeAndStampOverHttp() throws Exception {
		HttpResponse<String> downgrade = post("{\"command\":\"downgrade\",\"target\":\"-1\"}");
		assertThat(downgrade.statusCode()).isEqualTo(200);
		JsonNode result = this.json.readTree(downgrade.body());
		assertThat(result.get("command").asString()).isEqualTo("downgrade");
		assertThat(result.get("fromHeads").toString()).isEqualTo("[\"b2\"]");
		assertThat(result.get("toHeads").toString()).isEqualTo("[\"a1\"]");
		assertThat(result.get("steps").get(0).get("description").asString())
			.isEqualTo("downgrade b2 -> a1, Add created_at to sessions");
		assertThat(versionTable()).isEqualTo("a1");
		assertThat(this.json.readTree(get("/actuator/health/migrations")).get("details").get("pending").toString())
			.isEqualTo("[\"b2\"]");
		assertThat(post("{\"command\":\"upgrade\"}").statusCode()).isEqualTo(200);
		assertThat(versionTable()).isEqualTo("b2");
		assertThat(post("{\"command\":\"stamp\",\"target\":\"a1\"}").statusCode()).isEqualTo(200);
		assertThat(versionTable()).isEqualTo("a1");
		assertThat(post("{\"command\":\"stamp\",\"target\":\"b2\",\"purge\":true}").statusCode()).isEqualTo(200);
		assertThat(versionTable()).isEqualTo("b2");
	}

	@Test
	void badRequestsAreRefusedWithTheReason() throws Exception {
		HttpResponse<String> response = post("{\"command\":\"upgrade\",\"target\":\"nowhere\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(post("{\"command\":\"drop\"}").statusCode()).isEqualTo(400);
		assertThat(versionTable()).isEqualTo("b2");
	}

	private String versionTable() {
		return new JdbcTemplate(db.dataSource()).queryForObject("SELECT version_num FROM alembic_version",
				String.class);
	}

	private HttpResponse<String> post(String body) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/migrations"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class WritableApplication {

	}

}
