package dev.migration.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.Migrator;
import dev.migration.java.JavaRevisions;
import dev.migration.cli.config.CliConfiguration;
import dev.migration.cli.config.Configured;
import dev.migration.cli.config.DatabaseVendor;
import dev.migration.cli.config.Secrets;
import dev.migration.dialect.Dialect;
import dev.migration.dialect.Dialects;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;
import dev.migration.runtime.MigrationListener;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

/**
 * The project a command works on: its settings, its revision locations, the engine over them,
 * and the database when one is configured. {@code classpath:} locations are read from the
 * project's {@code src/main/resources}, never from the command line's own class path.
 */
public final class Workspace implements AutoCloseable {

	/** Recorded in the revision log as who applied a revision. */
	private static final String APPLICATION = "migration-cli";

	private final Invocation invocation;

	private final CliConfiguration configuration;

	private final URLClassLoader classLoader;

	private boolean offlineScript;

	private @Nullable List<Location> locations;

	private final List<MigrationListener> listeners = new ArrayList<>();

	private @Nullable Migrator migrator;

	/**
	 * Opens the project.
	 * @param invocation the run
	 * @param configuration the settings
	 */
	public Workspace(Invocation invocation, CliConfiguration configuration) {
		this.invocation = invocation;
		this.configuration = configuration;
		this.classLoader = new URLClassLoader(new URL[] { url(configuration.classpathRoot()) }, null);
	}

	private static List<Location> absolute(List<Location> locations, Path workingDirectory) {
		List<Location> result = new ArrayList<>();
		for (Location location : locations) {
			if (location.kind() == Location.Kind.FILESYSTEM) {
				result.add(new Location(Location.Kind.FILESYSTEM,
						workingDirectory.resolve(location.path()).normalize().toString()));
			}
			else {
				result.add(location);
			}
		}
		return result;
	}

	private static URL url(Path folder) {
		try {
			// A trailing slash makes the class loader read it as a folder, even before it exists.
			String uri = folder.toUri().toString();
			return java.net.URI.create(uri.endsWith("/") ? uri : uri + "/").toURL();
		}
		catch (MalformedURLException ex) {
			throw new MigrationException("Cannot use " + folder + " as the class path folder: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public CliConfiguration configuration() {
		return this.configuration;
	}

	/**
	 * Says that the command writes an offline ({@code --sql}) script: {@code {vendor}} in the
	 * locations is then the database of {@code --dialect} first. Before the first use of
	 * {@link #locations()}.
	 */
	public void forOfflineScript() {
		if (this.locations != null) {
			throw new IllegalStateException("The locations are already read");
		}
		this.offlineScript = true;
	}

	/**
	 * Describes the settings for {@code -v}, one line each, with the password hidden.
	 * @return the lines
	 */
	public List<String> describe() {
		return this.configuration.describe(this.offlineScript);
	}

	/**
	 * Returns the revision locations, {@code {vendor}} replaced and relative folders made
	 * absolute.
	 * @return the locations
	 * @throws MigrationException when a location holds {@code {vendor}} and no database is
	 * configured
	 */
	public List<Location> locations() {
		List<Location> result = this.locations;
		if (result == null) {
			result = absolute(Location.parseList(this.configuration.resolvedLocations(this.offlineScript).value()),
					this.invocation.workingDirectory());
			this.locations = result;
		}
		return result;
	}

	/**
	 * Returns the folder on disk of a location.
	 * @param location the location
	 * @return the folder
	 */
	public Path folderOf(Location location) {
		return (location.kind() == Location.Kind.CLASSPATH)
				? this.configuration.classpathRoot().resolve(location.path()).normalize() : Path.of(location.path());
	}

	/**
	 * Adds a listener that hears about each step; before the first use of {@link #migrator()}.
	 * @param listener the listener
	 */
	public void listen(MigrationListener listener) {
		if (this.migrator != null) {
			throw new IllegalStateException("The migrator is already built");
		}
		this.listeners.add(listener);
	}

	/**
	 * Returns the engine over the project's revisions, connected to the database when a URL is
	 * configured.
	 * @return the migrator
	 */
	public Migrator migrator() {
		Migrator result = this.migrator;
		if (result == null) {
			MigrationSettings settings = this.configuration.settings(locations()).withApplication(APPLICATION);
			Migrator.Builder builder = Migrator.builder()
				.settings(settings)
				.classLoader(this.classLoader)
				.dataSource(dataSource());
			Path classes = JavaRevisionScanner.classesFolder(this.configuration.classpathRoot());
			if (classes != null) {
				builder.revisions(JavaRevisions.scripts(JavaRevisionScanner.scan(classes, getClass().getClassLoader())));
			}
			this.listeners.forEach(builder::listener);
			result = builder.build();
			warnAboutMissingFolders();
			this.migrator = result;
		}
		return result;
	}

	private void warnAboutMissingFolders() {
		for (Location location : locations()) {
			Path folder = folderOf(location);
			if (!Files.exists(folder)) {
				this.invocation.err().println(this.invocation.styles().warning("WARNING:") + " No revisions in " + location
						+ ": " + folder + " does not exist. Create it with 'migration init', or point --locations "
						+ "(or MIGRATION_LOCATIONS, migration.locations) at the revisions.");
			}
		}
	}

	/**
	 * Returns the revision graph of the project's revision files.
	 * @return the graph
	 */
	public RevisionGraph graph() {
		return migrator().graph();
	}

	private @Nullable DataSource dataSource() {
		Configured url = this.configuration.url();
		if (url == null) {
			return null;
		}
		return new UrlDataSource(url, this.configuration.user(), this.configuration.password());
	}

	/**
	 * Returns the configured database.
	 * @return the database
	 * @throws MigrationException when none is configured, saying how to configure one
	 */
	public DataSource database() {
		requireDatabase();
		return java.util.Objects.requireNonNull(dataSource());
	}

	/**
	 * Returns the kind of the configured database ({@code postgresql}, {@code mariadb}, ...).
	 * @return the kind
	 */
	public String databaseKind() {
		try (java.sql.Connection connection = database().getConnection()) {
			return Dialects.of(connection).kind();
		}
		catch (java.sql.SQLException ex) {
			throw new MigrationException("Could not connect to " + maskedUrl() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Fails unless a database URL is configured: for commands that read or change the database.
	 * @throws MigrationException saying how to configure one
	 */
	public void requireDatabase() {
		if (this.configuration.url() == null) {
			throw new MigrationException("No database URL is configured: give --url, set MIGRATION_URL (or "
					+ "SPRING_DATASOURCE_URL), or set migration.url in migration.properties. To print the SQL "
					+ "instead of running it, use --sql.");
		}
	}

	/**
	 * Returns the database URL with its password hidden.
	 * @return the URL, or {@code none}
	 */
	public String maskedUrl() {
		Configured url = this.configuration.url();
		return (url != null) ? Secrets.maskUrl(url.value()) : "none";
	}

	/**
	 * Returns the dialect an offline script is written for: {@code --dialect}, else the one the
	 * URL names. No connection is made.
	 * @return the dialect
	 * @throws MigrationException when neither says
	 */
	public Dialect offlineDialect() {
		Dialect dialect = this.configuration.namedDialect();
		if (dialect != null) {
			return dialect;
		}
		Configured url = this.configuration.url();
		if (url != null) {
			String vendor = DatabaseVendor.ofUrl(url.value());
			if (vendor != null) {
				return Dialects.named(vendor);
			}
			throw new MigrationException("Cannot tell the database of " + Secrets.maskUrl(url.value())
					+ " for --sql: give --dialect postgresql, mariadb, mysql or h2");
		}
		throw new MigrationException("--sql writes SQL for a given database: give --dialect postgresql, mariadb, "
				+ "mysql or h2 (or a --url, which is not connected to)");
	}

	/**
	 * Returns the file a revision was read from, when it is a file on disk.
	 * @param revision the revision
	 * @return the file, or {@code null} for revisions written in code
	 */
	public @Nullable Path pathOf(Revision revision) {
		String source = revision.source();
		Path path = null;
		if (source.startsWith(Location.Kind.CLASSPATH.prefix())) {
			path = this.configuration.classpathRoot().resolve(source.substring(Location.Kind.CLASSPATH.prefix().length()));
		}
		else if (source.startsWith(Location.Kind.FILESYSTEM.prefix())) {
			path = Path.of(source.substring(Location.Kind.FILESYSTEM.prefix().length()));
		}
		return (path != null && Files.exists(path)) ? path.normalize() : null;
	}

	/**
	 * Returns the invocation.
	 * @return the invocation
	 */
	public Invocation invocation() {
		return this.invocation;
	}

	@Override
	public void close() {
		try {
			this.classLoader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
