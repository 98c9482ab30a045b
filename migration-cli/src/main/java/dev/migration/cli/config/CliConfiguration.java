package dev.migration.cli.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The command line's settings, each with where it came from.
 *
 * @param url the JDBC URL, if any
 * @param user the user, if any
 * @param password the password, if any
 * @param locations the revision locations, comma-separated
 * @param versionTable the version table's name
 * @param versionTableSchema the version table's schema, if any
 * @param dialect the database named for offline scripts, if any
 * @param checksumPolicy what to do when an applied revision changed ({@code fail}, {@code warn},
 * {@code ignore}), if configured
 * @param classpathRoot the folder {@code classpath:} locations are read from
 * ({@code src/main/resources} of the project)
 * @param files the configuration files read, highest precedence first
 */
public record CliConfiguration(@Nullable Configured url, @Nullable Configured user, @Nullable Configured password,
		Configured locations, Configured versionTable, @Nullable Configured versionTableSchema,
		@Nullable Configured dialect, @Nullable Configured checksumPolicy, Path classpathRoot, List<Path> files) {

	public CliConfiguration {
		files = List.copyOf(files);
	}

	/**
	 * Returns the password's value, to hide it from messages.
	 * @return the password, or {@code null} when none is configured or it could not be worked out
	 */
	public @Nullable String passwordValue() {
		return (this.password != null && this.password.problem() == null) ? this.password.value() : null;
	}

	/**
	 * Describes the settings for {@code -v}, one line each, with the password hidden.
	 * @return the lines
	 */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		lines.add("URL: " + ((this.url != null) ? Secrets.maskUrl(this.url.describe(false)) : "none"));
		if (this.user != null) {
			lines.add("User: " + this.user.describe(false));
		}
		if (this.password != null) {
			lines.add("Password: " + this.password.describe(true));
		}
		lines.add("Locations: " + this.locations.describe(false));
		if (this.versionTableSchema != null) {
			lines.add("Version table schema: " + this.versionTableSchema.describe(false));
		}
		lines.add("Version table: " + this.versionTable.describe(false));
		if (this.dialect != null) {
			lines.add("Dialect: " + this.dialect.describe(false));
		}
		if (this.checksumPolicy != null) {
			lines.add("Checksum policy: " + this.checksumPolicy.describe(false));
		}
		lines.add("Class path folder: " + this.classpathRoot);
		lines.add("Configuration files: "
				+ (this.files.isEmpty() ? "none" : String.join(", ", this.files.stream().map(Path::toString).toList())));
		return lines;
	}

}
