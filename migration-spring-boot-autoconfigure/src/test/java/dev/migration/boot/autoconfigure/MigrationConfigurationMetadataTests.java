package dev.migration.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IDE learns about the {@code migration.*} properties: the configuration metadata that
 * the annotation processor generates, merged with the hand-written additions.
 */
class MigrationConfigurationMetadataTests {

	private final JsonNode metadata = read();

	@Test
	void everyPropertyIsDescribedWithItsDefault() {
		Map<String, String> defaults = new LinkedHashMap<>();
		for (JsonNode property : this.metadata.get("properties")) {
			String name = property.get("name").asString();
			if (!name.startsWith("migration.")) {
				continue;
			}
			assertThat(property.path("description").asString("")).as(name).isNotBlank().doesNotStartWith("The ");
			defaults.put(name, property.has("defaultValue") ? property.get("defaultValue").toString() : null);
		}
		assertThat(defaults).containsExactlyInAnyOrderEntriesOf(expectedDefaults());
	}

	@Test
	void enumeratedPropertiesOfferTheirValues() {
		Map<String, List<String>> hints = new LinkedHashMap<>();
		for (JsonNode hint : this.metadata.get("hints")) {
			List<String> values = new ArrayList<>();
			hint.path("values").forEach((value) -> values.add(value.get("value").asString()));
			hints.put(hint.get("name").asString(), values);
		}
		assertThat(hints).containsEntry("migration.on-startup", List.of("upgrade", "validate", "none"))
			.containsEntry("migration.startup-phase", List.of("application-ready", "context-refresh"))
			.containsEntry("migration.transaction-mode", List.of("per-revision", "all"))
			.containsEntry("migration.checksum-policy", List.of("fail", "warn", "ignore"))
			.containsEntry("migration.target", List.of("heads", "head"));
	}

	private static Map<String, String> expectedDefaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("migration.enabled", "true");
		defaults.put("migration.locations", "[\"classpath:db/revisions\"]");
		defaults.put("migration.on-startup", "\"upgrade\"");
		defaults.put("migration.startup-phase", "\"application-ready\"");
		defaults.put("migration.fail-on-error", "true");
		defaults.put("migration.lint-on-validate", "false");
		defaults.put("migration.target", "\"heads\"");
		defaults.put("migration.version-table", "\"alembic_version\"");
		defaults.put("migration.version-table-schema", null);
		defaults.put("migration.log-table", null);
		defaults.put("migration.transaction-mode", "\"per-revision\"");
		defaults.put("migration.lock-wait-timeout", "\"5m\"");
		defaults.put("migration.lock-timeout", null);
		defaults.put("migration.statement-timeout", null);
		defaults.put("migration.checksum-policy", "\"fail\"");
		defaults.put("migration.url", null);
		defaults.put("migration.user", null);
		defaults.put("migration.password", null);
		defaults.put("migration.driver-class-name", null);
		defaults.put("migration.endpoint.write-operations-enabled", "false");
		return defaults;
	}

	/**
	 * Reads the configuration metadata on the class path, as an IDE reads it from the jar.
	 * @return the metadata
	 */
	static JsonNode read() {
		try (InputStream input = MigrationConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(input).as("generated configuration metadata").isNotNull();
			return JsonMapper.builder().build().readTree(input);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
