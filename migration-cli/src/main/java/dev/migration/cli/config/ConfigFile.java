package dev.migration.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import dev.migration.MigrationException;

/**
 * One configuration file, {@code .properties} or YAML, flattened to dotted keys. Keys are looked up
 * in Spring's relaxed form: case, {@code -} and {@code _} do not matter, so
 * {@code migration.version-table}, {@code migration.versionTable} and
 * {@code migration.version_table} are the same key. Values are returned as written; placeholders
 * are resolved by {@link Placeholders}.
 */
public final class ConfigFile {

	private static final String ON_PROFILE = key("spring.config.activate.on-profile");

	private final Path path;

	private final Map<String, Entry> entries;

	private ConfigFile(Path path, Map<String, Entry> entries) {
		this.path = path;
		this.entries = entries;
	}

	/**
	 * A key as written and its value.
	 *
	 * @param key the key as written in the file
	 * @param value the value as written
	 */
	public record Entry(String key, String value) {
	}

	/**
	 * Reads a file.
	 * @param path the file: {@code .yml} and {@code .yaml} are read as YAML, anything else as
	 * properties
	 * @param activeProfiles the active Spring profiles: a YAML document marked
	 * {@code spring.config.activate.on-profile} is read only when its profile is active
	 * @return the file's keys
	 * @throws MigrationException if the file cannot be read or parsed
	 */
	public static ConfigFile read(Path path, Set<String> activeProfiles) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Map<String, Entry> entries = new LinkedHashMap<>();
			if (name.endsWith(".yml") || name.endsWith(".yaml")) {
				readYaml(reader, activeProfiles, entries);
			}
			else {
				Properties properties = new Properties();
				properties.load(reader);
				for (String key : properties.stringPropertyNames()) {
					entries.put(key(key), new Entry(key, properties.getProperty(key)));
				}
			}
			return new ConfigFile(path, entries);
		}
		catch (IOException ex) {
			throw new MigrationException("Cannot read the configuration file " + path + ": " + ex.getMessage(), ex);
		}
		catch (YAMLException ex) {
			throw new MigrationException("The configuration file " + path + " is not valid YAML: " + ex.getMessage()
					+ "\nFix the file, or name another one with --config.", ex);
		}
	}

	private static void readYaml(Reader reader, Set<String> activeProfiles, Map<String, Entry> entries) {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		for (Object document : yaml.loadAll(reader)) {
			Map<String, Entry> flat = new LinkedHashMap<>();
			flatten("", document, flat);
			Entry profile = flat.get(ON_PROFILE);
			if (profile != null && !isActive(profile.value(), activeProfiles)) {
				continue;
			}
			// As in Spring Boot, a later document overrides an earlier one.
			entries.putAll(flat);
		}
	}

	private static boolean isActive(String expression, Set<String> activeProfiles) {
		for (String profile : expression.split(",")) {
			String name = profile.strip();
			boolean negated = name.startsWith("!");
			if (negated != activeProfiles.contains(negated ? name.substring(1) : name)) {
				return true;
			}
		}
		return false;
	}

	private static void flatten(String prefix, @Nullable Object value, Map<String, Entry> entries) {
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> item : map.entrySet()) {
				String name = String.valueOf(item.getKey());
				flatten(prefix.isEmpty() ? name : prefix + "." + name, item.getValue(), entries);
			}
		}
		else if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), entries);
				items.add(String.valueOf(list.get(i)));
			}
			// Spring binds a list to a comma-separated property too: "locations: [a, b]".
			entries.put(key(prefix), new Entry(prefix, String.join(",", items)));
		}
		else if (!prefix.isEmpty()) {
			entries.put(key(prefix), new Entry(prefix, (value != null) ? String.valueOf(value) : ""));
		}
	}

	/**
	 * Returns a key in its relaxed form: lower case, without {@code -} and {@code _}.
	 * @param key the key as written
	 * @return the relaxed key
	 */
	public static String key(String key) {
		StringBuilder result = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c != '-' && c != '_') {
				result.append(Character.toLowerCase(c));
			}
		}
		return result.toString();
	}

	/**
	 * Returns the file's path.
	 * @return the path
	 */
	public Path path() {
		return this.path;
	}

	/**
	 * Finds a key.
	 * @param key the key, in any relaxed form
	 * @return the entry, or {@code null} when the file does not have the key
	 */
	public @Nullable Entry get(String key) {
		return this.entries.get(key(key));
	}

}
