package dev.migration.cli.config;

/**
 * A setting's value and where it came from, so that {@code -v} can say why a value is what it is.
 *
 * @param value the value
 * @param origin where it came from: a flag ({@code --url}), an environment variable
 * ({@code MIGRATION_URL}), a key of a file ({@code migration.url in /app/migration.properties}), or
 * {@code default}
 */
public record Configured(String value, String origin) {

	/**
	 * A default value.
	 * @param value the value
	 * @return the setting
	 */
	public static Configured byDefault(String value) {
		return new Configured(value, "default");
	}

}
