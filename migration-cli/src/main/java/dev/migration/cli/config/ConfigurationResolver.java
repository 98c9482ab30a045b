package dev.migration.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

/**
 * Works out the command line's settings. Each setting is taken from the first of these that has
 * it:
 * <ol>
 * <li>its flag ({@code --url}, {@code --user}, {@code --password}, {@code --locations},
 * {@code --version-table}, {@code --version-table-schema}, {@code --dialect},
 * {@code --checksum-policy}, {@code --log-table}, {@code --transaction-mode},
 * {@code --lock-wait-timeout}, {@code --lock-timeout}, {@code --statement-timeout});</li>
 * <li>the environment: {@code MIGRATION_URL}, {@code MIGRATION_USER}, {@code MIGRATION_PASSWORD},
 * {@code MIGRATION_LOCATIONS}, {@code MIGRATION_VERSION_TABLE},
 * {@code MIGRATION_VERSION_TABLE_SCHEMA}, {@code MIGRATION_DIALECT},
 * {@code MIGRATION_CHECKSUM_POLICY}, {@code MIGRATION_LOG_TABLE}, {@code MIGRATION_TRANSACTION_MODE},
 * {@code MIGRATION_LOCK_WAIT_TIMEOUT}, {@code MIGRATION_LOCK_TIMEOUT},
 * {@code MIGRATION_STATEMENT_TIMEOUT};</li>
 * <li>the environment as Spring Boot reads it: {@code SPRING_DATASOURCE_URL},
 * {@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD};</li>
 * <li>the configuration file: {@code --config FILE}, else {@code ./migration.properties} (keys
 * {@code migration.*}, then {@code spring.datasource.*});</li>
 * <li>the application's own configuration: {@code src/main/resources/application.properties},
 * {@code .yml} or {@code .yaml} of the working directory, with {@code application-<profile>.*} of
 * the profiles in {@code SPRING_PROFILES_ACTIVE} above it;</li>
 * <li>the default.</li>
 * </ol>
 * The keys in files are the starter's properties ({@code migration.log-table},
 * {@code migration.lock-timeout}, ...), with values read as the starter reads them (see
 * {@link SettingValues}), so that one application configuration serves both.
 * Values in files may hold {@code ${VAR:default}} placeholders. {@code classpath:} locations are
 * read from {@code src/main/resources} of the working directory (of the project, when
 * {@code --config} names an {@code application.*} file in {@code src/main/resources}).
 */
public final class ConfigurationResolver {

	private static final String RESOURCES = "src/main/resources";

	private static final List<String> APPLICATION_EXTENSIONS = List.of("properties", "yml", "yaml");

	private final Map<String, String> environment;

	private final Path workingDirectory;

	/**
	 * Creates a resolver.
	 * @param environment the environment variables
	 * @param workingDirectory the folder the command runs in
	 */
	public ConfigurationResolver(Map<String, String> environment, Path workingDirectory) {
		this.environment = environment;
		this.workingDirectory = workingDirectory;
	}

	/**
	 * Resolves the settings.
	 * @param flags the flags given
	 * @return the settings
	 * @throws MigrationException if a configuration file is missing or broken, or a placeholder
	 * has no value
	 */
	public CliConfiguration resolve(Flags flags) {
		List<ConfigFile> files = files(flags.config());
		Placeholders placeholders = new Placeholders(this.environment, files);
		Lookup lookup = new Lookup(files, placeholders);
		Configured url = first(flag(flags.url(), "--url"), env("MIGRATION_URL"), env("SPRING_DATASOURCE_URL"),
				lookup.find("migration.url", "spring.datasource.url"));
		Configured user = first(flag(flags.user(), "--user"), env("MIGRATION_USER"),
				env("SPRING_DATASOURCE_USERNAME"), lookup.find("migration.user", "spring.datasource.username"));
		Configured password = first(flag(flags.password(), "--password"), env("MIGRATION_PASSWORD"),
				env("SPRING_DATASOURCE_PASSWORD"), lookup.find("migration.password", "spring.datasource.password"));
		Configured locations = orDefault(setting(flags.locations(), "locations", lookup), Location.DEFAULT);
		Configured versionTable = orDefault(setting(flags.versionTable(), "version-table", lookup),
				MigrationSettings.DEFAULT_VERSION_TABLE);
		return new CliConfiguration(url, user, password, locations, versionTable,
				blankToNull(setting(flags.versionTableSchema(), "version-table-schema", lookup)),
				setting(flags.dialect(), "dialect", lookup),
				blankToNull(setting(flags.checksumPolicy(), "checksum-policy", lookup)),
				blankToNull(setting(flags.logTable(), "log-table", lookup)),
				blankToNull(setting(flags.transactionMode(), "transaction-mode", lookup)),
				blankToNull(setting(flags.lockWaitTimeout(), "lock-wait-timeout", lookup)),
				blankToNull(setting(flags.lockTimeout(), "lock-timeout", lookup)),
				blankToNull(setting(flags.statementTimeout(), "statement-timeout", lookup)),
				classpathRoot(flags.config()), files.stream().map(ConfigFile::path).toList());
	}

	/**
	 * Resolves a setting named alike in each place: the flag {@code --NAME}, the variable
	 * {@code MIGRATION_NAME} ({@code --log-table}: {@code MIGRATION_LOG_TABLE}), the key
	 * {@code migration.NAME}.
	 */
	private @Nullable Configured setting(@Nullable String flagValue, String name, Lookup lookup) {
		String key = "migration." + name;
		return first(flag(flagValue, "--" + name), env(Placeholders.environmentName(key)), lookup.find(key));
	}

	private List<ConfigFile> files(@Nullable String config) {
		Set<String> profiles = activeProfiles();
		List<ConfigFile> files = new ArrayList<>();
		if (config != null) {
			Path path = this.workingDirectory.resolve(config).normalize();
			if (!Files.isRegularFile(path)) {
				throw new MigrationException("Configuration file " + path + " (given with --config) does not exist; "
						+ "check the path, or leave --config out to read ./migration.properties");
			}
			files.add(ConfigFile.read(path, profiles));
		}
		else {
			Path local = this.workingDirectory.resolve("migration.properties");
			if (Files.isRegularFile(local)) {
				files.add(ConfigFile.read(local, profiles));
			}
		}
		Path resources = this.workingDirectory.resolve(RESOURCES);
		List<String> names = new ArrayList<>();
		// As in Spring Boot, the last active profile wins.
		List<String> ordered = new ArrayList<>(profiles);
		for (int i = ordered.size() - 1; i >= 0; i--) {
			names.add("application-" + ordered.get(i));
		}
		names.add("application");
		for (String name : names) {
			for (String extension : APPLICATION_EXTENSIONS) {
				Path path = resources.resolve(name + "." + extension).normalize();
				if (Files.isRegularFile(path) && files.stream().noneMatch((file) -> file.path().equals(path))) {
					files.add(ConfigFile.read(path, profiles));
					break;
				}
			}
		}
		return files;
	}

	private Set<String> activeProfiles() {
		Set<String> profiles = new LinkedHashSet<>();
		String active = this.environment.get("SPRING_PROFILES_ACTIVE");
		if (active != null) {
			for (String profile : active.split(",")) {
				if (!profile.isBlank()) {
					profiles.add(profile.strip());
				}
			}
		}
		return profiles;
	}

	private Path classpathRoot(@Nullable String config) {
		if (config != null) {
			Path path = this.workingDirectory.resolve(config).normalize();
			String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.startsWith("application") && path.getParent() != null) {
				return path.getParent();
			}
		}
		return this.workingDirectory.resolve(RESOURCES).normalize();
	}

	private @Nullable Configured flag(@Nullable String value, String name) {
		return (value != null) ? new Configured(value, name) : null;
	}

	private @Nullable Configured env(String name) {
		String value = this.environment.get(name);
		return (value != null) ? new Configured(value, name) : null;
	}

	private static @Nullable Configured first(@Nullable Configured... candidates) {
		for (Configured candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

	private static Configured orDefault(@Nullable Configured configured, String defaultValue) {
		return (configured != null && (configured.problem() != null || !configured.value().isBlank())) ? configured
				: Configured.byDefault(defaultValue);
	}

	private static @Nullable Configured blankToNull(@Nullable Configured configured) {
		return (configured != null && configured.problem() == null && configured.value().isBlank()) ? null : configured;
	}

	/**
	 * Looks keys up in the files, highest precedence first, resolving placeholders.
	 */
	private record Lookup(List<ConfigFile> files, Placeholders placeholders) {

		@Nullable Configured find(String... keys) {
			for (ConfigFile file : this.files) {
				for (String key : keys) {
					ConfigFile.Entry entry = file.get(key);
					if (entry != null) {
						String where = entry.key() + " in " + file.path();
						try {
							return new Configured(this.placeholders.resolve(entry.value(), where), where);
						}
						catch (MigrationException ex) {
							return Configured.failed(where, ex);
						}
					}
				}
			}
			return null;
		}

	}

}
