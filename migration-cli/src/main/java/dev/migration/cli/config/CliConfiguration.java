package dev.migration.cli.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialect;
import dev.migration.dialect.Dialects;
import dev.migration.runtime.ChecksumPolicy;
import dev.migration.runtime.MigrationSettings;
import dev.migration.runtime.TransactionMode;
import dev.migration.source.Location;

/**
 * The command line's settings, each with where it came from.
 *
 * @param url the JDBC URL, if any
 * @param user the user, if any
 * @param password the password, if any
 * @param locations the revision locations, comma-separated, possibly holding {@code {vendor}}
 * @param versionTable the version table's name
 * @param versionTableSchema the version table's schema, if any
 * @param dialect the database named for offline scripts, if any
 * @param checksumPolicy what to do when an applied revision changed ({@code fail}, {@code warn},
 * {@code ignore}), if configured
 * @param logTable the revision log table's name, if configured
 * @param transactionMode how revisions are grouped into transactions ({@code per-revision},
 * {@code all}), if configured
 * @param lockWaitTimeout how long to wait for the migration lock, if configured
 * @param lockTimeout how long a statement may wait for a table lock, if configured
 * @param statementTimeout how long a statement may run, if configured
 * @param classpathRoot the folder {@code classpath:} locations are read from
 * ({@code src/main/resources} of the project)
 * @param files the configuration files read, highest precedence first
 */
public record CliConfiguration(@Nullable Configured url, @Nullable Configured user, @Nullable Configured password,
		Configured locations, Configured versionTable, @Nullable Configured versionTableSchema,
		@Nullable Configured dialect, @Nullable Configured checksumPolicy, @Nullable Configured logTable,
		@Nullable Configured transactionMode, @Nullable Configured lockWaitTimeout, @Nullable Configured lockTimeout,
		@Nullable Configured statementTimeout, Path classpathRoot, List<Path> files) {

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
	 * Returns the engine's settings, the defaults where nothing is configured.
	 * @param resolvedLocations the revision locations, {@code {vendor}} replaced
	 * @return the settings, without the application that runs them
	 * @throws MigrationException naming the setting, where it came from and what it accepts, when
	 * a value is not valid
	 */
	public MigrationSettings settings(List<Location> resolvedLocations) {
		MigrationSettings settings = MigrationSettings.defaults()
			.withLocations(resolvedLocations)
			.withVersionTable(this.versionTable.value(),
					(this.versionTableSchema != null) ? this.versionTableSchema.value() : null)
			.withLogTable((this.logTable != null) ? this.logTable.value().strip() : null)
			.withTimeouts(timeout(this.lockTimeout, "lock timeout"), timeout(this.statementTimeout, "statement timeout"));
		if (this.checksumPolicy != null) {
			settings = settings
				.withChecksumPolicy(SettingValues.choice(this.checksumPolicy, "checksum policy", ChecksumPolicy.class));
		}
		if (this.transactionMode != null) {
			settings = settings.withTransactionMode(
					SettingValues.choice(this.transactionMode, "transaction mode", TransactionMode.class));
		}
		if (this.lockWaitTimeout != null) {
			settings = settings.withLockWaitTimeout(SettingValues.timeout(this.lockWaitTimeout, "lock wait timeout"));
		}
		return settings;
	}

	private static @Nullable Duration timeout(@Nullable Configured setting, String name) {
		return (setting != null) ? SettingValues.timeout(setting, name) : null;
	}

	/**
	 * Returns the revision locations with {@code {vendor}} replaced by the database's vendor id,
	 * as the starter replaces it. The vendor is that of the URL, else the {@code --dialect}; for
	 * an offline script, the {@code --dialect}, else that of the URL. No connection is made.
	 * @param offlineScript whether the locations are read to write an offline ({@code --sql})
	 * script
	 * @return the locations, with where the vendor came from added to their origin when they
	 * hold {@code {vendor}}
	 * @throws MigrationException when the locations hold {@code {vendor}} and neither the URL
	 * nor the dialect says the database
	 */
	public Configured resolvedLocations(boolean offlineScript) {
		String value = this.locations.value();
		if (!DatabaseVendor.isNeededBy(value)) {
			return this.locations;
		}
		Configured vendor = vendor(offlineScript);
		return new Configured(value.replace(DatabaseVendor.PLACEHOLDER, vendor.value()),
				this.locations.origin() + ", " + DatabaseVendor.PLACEHOLDER + " from " + vendor.origin());
	}

	private Configured vendor(boolean offlineScript) {
		Configured fromUrl = null;
		if (this.url != null) {
			String id = DatabaseVendor.ofUrl(this.url.value());
			fromUrl = (id != null) ? new Configured(id, this.url.origin()) : null;
		}
		Dialect dialect = namedDialect();
		Configured fromDialect = (dialect != null && this.dialect != null)
				? new Configured(dialect.kind(), this.dialect.origin()) : null;
		Configured vendor = offlineScript ? first(fromDialect, fromUrl) : first(fromUrl, fromDialect);
		if (vendor != null) {
			return vendor;
		}
		String where = DatabaseVendor.PLACEHOLDER + " in the revision locations (" + this.locations.origin()
				+ ") stands for the database's vendor, ";
		String names = SettingValues.alternatives(DatabaseVendor.IDS);
		if (this.url != null) {
			throw new MigrationException(where + "and the URL " + Secrets.maskUrl(this.url.value()) + " ("
					+ this.url.origin() + ") names none of " + names + ": name the database with --dialect " + names);
		}
		throw new MigrationException(where + "and no database is configured: give a URL (--url, MIGRATION_URL, "
				+ "migration.url) or name the database with --dialect " + names);
	}

	/**
	 * Returns the dialect {@code --dialect} names.
	 * @return the dialect, or {@code null} when none is configured
	 * @throws MigrationException when the name is not one of a supported database
	 */
	public @Nullable Dialect namedDialect() {
		if (this.dialect == null) {
			return null;
		}
		String name = this.dialect.value().strip();
		try {
			return Dialects.named(name);
		}
		catch (MigrationException ex) {
			throw new MigrationException("Invalid dialect '" + name + "' (" + this.dialect.origin() + "): use "
					+ SettingValues.alternatives(DatabaseVendor.IDS), ex);
		}
	}

	private static @Nullable Configured first(@Nullable Configured first, @Nullable Configured second) {
		return (first != null) ? first : second;
	}

	/**
	 * Describes the settings for {@code -v}, one line each, with the password hidden.
	 * @param offlineScript whether the command writes an offline script, which decides the
	 * vendor of {@code {vendor}} in the locations
	 * @return the lines
	 */
	public List<String> describe(boolean offlineScript) {
		List<String> lines = new ArrayList<>();
		lines.add("URL: " + ((this.url != null) ? Secrets.maskUrl(this.url.describe(false)) : "none"));
		if (this.user != null) {
			lines.add("User: " + this.user.describe(false));
		}
		if (this.password != null) {
			lines.add("Password: " + this.password.describe(true));
		}
		lines.add("Locations: " + describeLocations(offlineScript));
		if (this.versionTableSchema != null) {
			lines.add("Version table schema: " + this.versionTableSchema.describe(false));
		}
		lines.add("Version table: " + this.versionTable.describe(false));
		describe(lines, "Log table", this.logTable);
		describe(lines, "Dialect", this.dialect);
		describe(lines, "Checksum policy", this.checksumPolicy);
		describe(lines, "Transaction mode", this.transactionMode);
		describe(lines, "Lock wait timeout", this.lockWaitTimeout);
		describe(lines, "Lock timeout", this.lockTimeout);
		describe(lines, "Statement timeout", this.statementTimeout);
		lines.add("Class path folder: " + this.classpathRoot);
		lines.add("Configuration files: "
				+ (this.files.isEmpty() ? "none" : String.join(", ", this.files.stream().map(Path::toString).toList())));
		return lines;
	}

	private static void describe(List<String> lines, String name, @Nullable Configured setting) {
		if (setting != null) {
			lines.add(name + ": " + setting.describe(false));
		}
	}

	private String describeLocations(boolean offlineScript) {
		try {
			return resolvedLocations(offlineScript).describe(false);
		}
		catch (MigrationException ex) {
			// The command fails with this message when it reads the revisions; -v shows the rest.
			return this.locations.describe(false);
		}
	}

}
