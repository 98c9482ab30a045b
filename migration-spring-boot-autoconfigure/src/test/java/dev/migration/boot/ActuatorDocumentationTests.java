package dev.migration.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migration.Migrator;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON examples of the guide's Actuator page, {@code docs/actuator.md} and
 * {@code docs/zh-CN/actuator.md}, are what the endpoints answer.
 *
 * <p>Every {@code ```json} block of the page must have, on the lines right above it, a marker
 * naming the request it answers: {@code <!-- response: GET /actuator/migrations -->}, or with a
 * request body {@code <!-- response: POST /actuator/migrations {"command": "upgrade"} -->}. For
 * each page the test brings a running application on PostgreSQL to the state the page describes
 * (the revisions in {@code src/test/resources/revisions/guide-actuator}: sessions, then a branch
 * point with conversations applied and the {@code audit} branch pending; the database at
 * {@code 27c6a30d7c24}), sends the page's requests in page order, and compares each answer with
 * its example:
 * <ul>
 * <li>objects have exactly the same field names, recursively;</li>
 * <li>arrays have the same length and are compared element by element;</li>
 * <li>values are equal, except the ones that differ from run to run: times ({@code appliedAt},
 * {@code at}), durations ({@code executionTimeMs}) and checksums ({@code checksum},
 * {@code appliedChecksum}) need only have the same JSON type; a {@code source} is compared by its
 * file name, as the page's revisions are in {@code classpath:db/revisions}.</li>
 * </ul>
 * The real answers are written to {@code target/actuator-examples/}, to copy from when the
 * endpoint changes.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always", "migration.endpoint.write-operations-enabled=true",
				"migration.locations=classpath:revisions/guide-actuator", "migration.on-startup=none" })
class ActuatorDocumentationTests {

	private static final Path DOCS = Path.of("..", "docs");

	/** Where the page's state stops: the conversations branch applied, the audit branch pending. */
	private static final String STATE = "27c6a30d7c24";

	private static final Set<String> VARYING = Set.of("appliedAt", "at", "executionTimeMs", "checksum",
			"appliedChecksum");

	private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

	private static final Pattern RESPONSE = Pattern.compile("response:\\s*(GET|POST)\\s+(\\S+)\\s*(.*)");

	static TestDatabase db;

	@LocalServerPort
	int port;

	@Autowired
	Migrator migrator;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", db::jdbcUrl);
		registry.add("spring.datasource.username", db::user);
		registry.add("spring.datasource.password", db::password);
	}

	@ParameterizedTest
	@ValueSource(strings = { "actuator.md", "zh-CN/actuator.md" })
	void jsonExamplesAreWhatTheEndpointsAnswer(String page) throws Exception {
		List<Example> examples = examples(DOCS.resolve(page));
		assertThat(examples).as("JSON examples of %s", page).isNotEmpty();
		if (!this.migrator.currentRows().isEmpty()) {
			this.migrator.downgrade("base");
		}
		this.migrator.upgrade(STATE);
		Path answers = Path.of("target", "actuator-examples", page.replace('/', '-').replace(".md", ""));
		Files.createDirectories(answers);
		List<String> problems = new ArrayList<>();
		for (Example example : examples) {
			Request request = example.request();
			if (request == null) {
				problems.add(page + ":" + example.line() + ": the JSON example does not say which request it answers;"
						+ " write <!-- response: GET /actuator/... --> right above it");
				continue;
			}
			HttpResponse<String> response = send(request);
			if (response.statusCode() != 200) {
				problems.add(page + ":" + example.line() + ": " + request + " answered " + response.statusCode() + ": "
						+ response.body());
				continue;
			}
			JsonNode real = this.json.readTree(response.body());
			Files.writeString(answers.resolve("line-" + example.line() + ".json"), this.json.writeValueAsString(real),
					StandardCharsets.UTF_8);
			List<String> differences = new ArrayList<>();
			compare("$", this.json.readTree(example.text()), real, differences);
			if (!differences.isEmpty()) {
				problems.add(page + ":" + example.line() + ": the example differs from what " + request + " answers:\n  "
						+ String.join("\n  ", differences) + "\nThe answer:\n" + this.json.writeValueAsString(real));
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Compares an example with a real answer, adding each difference to {@code differences}.
	 */
	private static void compare(String path, JsonNode example, JsonNode real, List<String> differences) {
		String name = path.substring(path.lastIndexOf('.') + 1);
		if (example.isObject() && real.isObject()) {
			Set<String> shown = new LinkedHashSet<>(example.propertyNames());
			Set<String> answered = new LinkedHashSet<>(real.propertyNames());
			Set<String> missing = new TreeSet<>(answered);
			missing.removeAll(shown);
			Set<String> invented = new TreeSet<>(shown);
			invented.removeAll(answered);
			if (!missing.isEmpty()) {
				differences.add(path + ": the example lacks " + missing);
			}
			if (!invented.isEmpty()) {
				differences.add(path + ": the endpoint has no " + invented);
			}
			for (String field : shown) {
				if (answered.contains(field)) {
					compare(path + "." + field, example.get(field), real.get(field), differences);
				}
			}
		}
		else if (example.isArray() && real.isArray()) {
			if (example.size() != real.size()) {
				differences.add(path + ": the example has " + example.size() + " items, the answer " + real.size() + ": "
						+ real);
				return;
			}
			for (int i = 0; i < example.size(); i++) {
				compare(path + "[" + i + "]", example.get(i), real.get(i), differences);
			}
		}
		else if (example.getNodeType() != real.getNodeType()) {
			differences.add(path + ": the example has " + example + ", the answer " + real);
		}
		else if (name.equals("source")) {
			if (!fileName(example.asString()).equals(fileName(real.asString()))) {
				differences.add(path + ": the example names the file " + example + ", the answer " + real);
			}
		}
		else if (!VARYING.contains(name) && !example.equals(real)) {
			differences.add(path + ": the example has " + example + ", the answer " + real);
		}
	}

	private static String fileName(String source) {
		return source.substring(source.lastIndexOf('/') + 1);
	}

	private HttpResponse<String> send(Request request) throws IOException, InterruptedException {
		HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + request.path()));
		if (request.method().equals("POST")) {
			http.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.body()));
		}
		return this.http.send(http.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Reads the {@code ```json} blocks of a page, each with the request its marker names.
	 */
	private static List<Example> examples(Path page) throws IOException {
		List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		List<Example> examples = new ArrayList<>();
		Request request = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher marker = MARKER.matcher(line);
			if (marker.matches()) {
				Matcher response = RESPONSE.matcher(marker.group(1));
				if (response.matches()) {
					request = new Request(response.group(1), response.group(2), response.group(3));
				}
			}
			else if (line.startsWith("```")) {
				int end = i + 1;
				while (end < lines.size() && !lines.get(end).startsWith("```")) {
					end++;
				}
				if (line.strip().equals("```json")) {
					String text = String.join("\n", lines.subList(i + 1, end));
					examples.add(new Example(i + 1, request, text));
				}
				request = null;
				i = end;
			}
			else if (!line.isBlank()) {
				request = null;
			}
		}
		return examples;
	}

	/**
	 * A JSON example and the request it answers.
	 *
	 * @param line the line of its opening fence
	 * @param request the request, {@code null} when the page does not say
	 * @param text the example
	 */
	private record Example(int line, @Nullable Request request, String text) {
	}

	/**
	 * A request a marker names.
	 *
	 * @param method {@code GET} or {@code POST}
	 * @param path the request's path
	 * @param body the request's body, empty for none
	 */
	private record Request(String method, String path, String body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class GuideApplication {

	}

}
