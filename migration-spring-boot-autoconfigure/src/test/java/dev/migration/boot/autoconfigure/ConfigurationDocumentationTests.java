package dev.migration.boot.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's configuration page, {@code docs/configuration.md} and
 * {@code docs/zh-CN/configuration.md}, documents every property of the starter as it is.
 *
 * <p>The starter's properties are those of its configuration metadata
 * ({@code META-INF/spring-configuration-metadata.json}, which the configuration processor
 * generates from {@link MigrationProperties} and the {@code migrations} endpoint). The page
 * documents a property in a table row of at least four cells: the property's name in backticks,
 * its type, its default, its meaning:
 *
 * <pre>
 * | `migration.lock-wait-timeout` | duration | `5m` | How long to wait ... |
 * | `migration.on-startup` | `upgrade`, `validate`, `none` | `upgrade` | What start-up does ... |
 * | `migration.lock-timeout` | duration | the database's setting | How long a statement ... |
 * </pre>
 *
 * For each page the test fails when:
 * <ul>
 * <li>a property of the metadata has no row, or more than one;</li>
 * <li>the default differs: a default cell that starts with a backticked value documents that
 * value as the default, which must be the metadata's (a list written comma-separated); any other
 * cell says in words that the property has no default value, and then the metadata must have
 * none;</li>
 * <li>the type differs: {@code boolean}, {@code string}, {@code duration} or {@code list} at the
 * start of the cell, or, for an enumeration, exactly its values in backticks, in order, written
 * as in properties ({@code per-revision});</li>
 * <li>the meaning is empty;</li>
 * <li>a row documents a {@code migration.*} or {@code management.endpoint.migrations.*}
 * property the starter does not have.</li>
 * </ul>
 * Rows of Spring Boot's own properties ({@code management.health.migrations.enabled}, ...) are
 * not checked.
 */
class ConfigurationDocumentationTests {

	private static final Path DOCS = Path.of("..", "docs");

	private static final List<String> STARTER_PREFIXES = List.of("migration.", "management.endpoint.migrations.");

	private static final Pattern NAME = Pattern.compile("^`([a-z][\\w.-]*)`$");

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");

	private static final Map<String, String> TYPE_WORDS = Map.of("java.lang.Boolean", "boolean", "java.lang.String",
			"string", "java.time.Duration", "duration", "java.util.List", "list");

	@ParameterizedTest
	@ValueSource(strings = { "configuration.md", "zh-CN/configuration.md" })
	void everyPropertyIsDocumentedWithItsTypeAndDefault(String page) throws IOException {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (JsonNode property : MigrationConfigurationMetadataTests.read().get("properties")) {
			properties.put(property.get("name").asString(), property);
		}
		assertThat(properties).as("properties in the configuration metadata").isNotEmpty();
		Map<String, List<Row>> rows = rows(DOCS.resolve(page));
		List<String> problems = new ArrayList<>();
		properties.forEach((name, property) -> {
			List<Row> documented = rows.getOrDefault(name, List.of());
			if (documented.isEmpty()) {
				problems.add(name + " is not documented: add a row | `" + name + "` | type | default | meaning |");
				return;
			}
			if (documented.size() > 1) {
				problems.add(name + " is documented " + documented.size() + " times, at lines "
						+ documented.stream().map(Row::line).toList());
			}
			check(documented.get(0), property, problems);
		});
		rows.forEach((name, documented) -> {
			if (STARTER_PREFIXES.stream().anyMatch(name::startsWith) && !properties.containsKey(name)) {
				problems.add("line " + documented.get(0).line() + " documents " + name
						+ ", which the starter does not have");
			}
		});
		assertThat(problems).as("problems of %s", page).isEmpty();
	}

	private static void check(Row row, JsonNode property, List<String> problems) {
		String name = row.name();
		String expectedDefault = defaultValue(property);
		String documentedDefault = row.defaultCell().startsWith("`") ? backticked(row.defaultCell()).get(0) : null;
		if (expectedDefault == null && documentedDefault != null) {
			problems.add("line " + row.line() + ": " + name + " has no default value, the page says `"
					+ documentedDefault + "`; say in words what applies when it is not set");
		}
		else if (expectedDefault != null && !expectedDefault.equals(documentedDefault)) {
			problems.add("line " + row.line() + ": the default of " + name + " is `" + expectedDefault
					+ "`, the page says " + ((documentedDefault != null) ? "`" + documentedDefault + "`" : "none"));
		}
		String type = property.get("type").asString();
		List<String> values = enumValues(type);
		if (values != null) {
			List<String> documented = backticked(row.typeCell());
			if (!documented.equals(values)) {
				problems.add("line " + row.line() + ": " + name + " takes " + values + ", the page says " + documented);
			}
		}
		else {
			String word = TYPE_WORDS.get(rawType(type));
			if (word == null) {
				problems.add(name + " is of type " + type + ", which this test cannot check yet: teach it a word for it");
			}
			else if (!row.typeCell().startsWith(word)) {
				problems.add("line " + row.line() + ": " + name + " is a " + word + ", the page says '" + row.typeCell()
						+ "'");
			}
		}
		if (row.meaning().isBlank()) {
			problems.add("line " + row.line() + ": " + name + " has no meaning");
		}
	}

	/** The metadata's default as the page writes it, or {@code null} when there is none. */
	private static @Nullable String defaultValue(JsonNode property) {
		JsonNode value = property.get("defaultValue");
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asString()));
			return String.join(",", items);
		}
		return value.asString();
	}

	/** The values of an enumeration as properties spell them, or {@code null} for another type. */
	private static @Nullable List<String> enumValues(String type) {
		try {
			Class<?> candidate = Class.forName(rawType(type));
			if (!candidate.isEnum()) {
				return null;
			}
			return Arrays.stream(candidate.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.toList();
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static String rawType(String type) {
		int generic = type.indexOf('<');
		return (generic >= 0) ? type.substring(0, generic) : type;
	}

	private static List<String> backticked(String cell) {
		List<String> values = new ArrayList<>();
		Matcher matcher = BACKTICKED.matcher(cell);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	/** The page's property rows, by property name. */
	private static Map<String, List<Row>> rows(Path page) throws IOException {
		List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		boolean code = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith("```")) {
				code = !code;
			}
			if (code || !line.startsWith("|")) {
				continue;
			}
			List<String> cells = cells(line);
			Matcher name = NAME.matcher(cells.get(0));
			if (cells.size() >= 4 && name.matches()) {
				rows.computeIfAbsent(name.group(1), (key) -> new ArrayList<>())
					.add(new Row(i + 1, name.group(1), cells.get(1), cells.get(2), cells.get(3)));
			}
		}
		return rows;
	}

	private static List<String> cells(String row) {
		String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/**
	 * A row that documents a property.
	 *
	 * @param line its line, from 1
	 * @param name the property
	 * @param typeCell its type as the page says it
	 * @param defaultCell its default as the page says it
	 * @param meaning what it does
	 */
	private record Row(int line, String name, String typeCell, String defaultCell, String meaning) {
	}

}
