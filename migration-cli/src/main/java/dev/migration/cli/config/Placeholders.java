package dev.migration.cli.config;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;

/**
 * Resolves Spring's {@code ${NAME}} and {@code ${NAME:default}} placeholders in configuration
 * values: from the environment ({@code NAME} as written, then in its environment-variable form,
 * {@code spring.datasource.url} as {@code SPRING_DATASOURCE_URL}), then from the keys of the
 * configuration files, then the default.
 */
final class Placeholders {

	private final Map<String, String> environment;

	private final List<ConfigFile> files;

	Placeholders(Map<String, String> environment, List<ConfigFile> files) {
		this.environment = environment;
		this.files = files;
	}

	/**
	 * Resolves the placeholders of a value.
	 * @param value the value as written
	 * @param where the file and key the value comes from, for messages
	 * @return the value with its placeholders replaced
	 * @throws MigrationException if a placeholder has no value and no default
	 */
	String resolve(String value, String where) {
		return resolve(value, where, new HashSet<>());
	}

	private String resolve(String value, String where, Set<String> resolving) {
		StringBuilder result = new StringBuilder();
		int i = 0;
		while (i < value.length()) {
			int start = value.indexOf("${", i);
			if (start < 0) {
				result.append(value, i, value.length());
				break;
			}
			int end = closingBrace(value, start + 2);
			if (end < 0) {
				result.append(value, i, value.length());
				break;
			}
			result.append(value, i, start);
			result.append(replacement(value.substring(start + 2, end), where, resolving));
			i = end + 1;
		}
		return result.toString();
	}

	private static int closingBrace(String value, int from) {
		int depth = 1;
		for (int i = from; i < value.length(); i++) {
			if (value.startsWith("${", i)) {
				depth++;
				i++;
			}
			else if (value.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private String replacement(String placeholder, String where, Set<String> resolving) {
		int colon = placeholder.indexOf(':');
		String name = ((colon >= 0) ? placeholder.substring(0, colon) : placeholder).strip();
		String defaultValue = (colon >= 0) ? placeholder.substring(colon + 1) : null;
		if (!resolving.add(name)) {
			throw new MigrationException("Placeholder ${" + name + "} in " + where + " refers to itself; "
					+ "give it a value in the environment, or a default as ${" + name + ":default}");
		}
		try {
			String found = lookUp(name);
			if (found != null) {
				return resolve(found, where, resolving);
			}
			if (defaultValue != null) {
				return resolve(defaultValue, where, resolving);
			}
			throw new MigrationException("Placeholder ${" + name + "} in " + where + " has no value: set the "
					+ "environment variable " + environmentName(name) + ", or give a default as ${" + name
					+ ":default}");
		}
		finally {
			resolving.remove(name);
		}
	}

	private @Nullable String lookUp(String name) {
		String value = this.environment.get(name);
		if (value == null) {
			value = this.environment.get(environmentName(name));
		}
		if (value == null) {
			for (ConfigFile file : this.files) {
				ConfigFile.Entry entry = file.get(name);
				if (entry != null) {
					return entry.value();
				}
			}
		}
		return value;
	}

	/**
	 * Returns the environment-variable form of a property name, as Spring Boot binds it:
	 * {@code spring.datasource.url} is {@code SPRING_DATASOURCE_URL}.
	 * @param name the property name
	 * @return the variable's name
	 */
	static String environmentName(String name) {
		return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

}
