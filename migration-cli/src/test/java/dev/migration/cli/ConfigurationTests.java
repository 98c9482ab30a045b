package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * Where the settings come from: flags, then MIGRATION_*, then SPRING_DATASOURCE_*, then the
 * configuration file, then the application's own configuration. Each test gives the winning
 * source the real database and every source below it a URL that cannot connect, so a wrong
 * precedence fails the command.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class ConfigurationTests {

	private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/";

	@TempDir
	Path project;

	private Path resources;

	private TestDatabase db;

	@BeforeEach
	void freshDatabaseAndRevision(TestDatabase classDatabase) throws IOException, SQLException {
		// Each test starts from an empty database of its own.
		this.db = classDatabase.createSibling();
		this.resources = this.project.resolve("src/main/resources");
		Projects.sqlRevision(this.resources.resolve("db/revisions"), "20240101_0000_a1_first.sql", "a1", "none",
				"first", "SELECT 1;", "SELECT 1;");
	}

	@Test
	void flagsWinOverEverything() throws IOException {
		writeAll("properties-loses", "application-loses");
		Cli cli = new Cli(this.project).env("MIGRATION_URL", NOWHERE + "migration-url-loses")
			.env("SPRING_DATASOURCE_URL", NOWHERE + "spring-url-loses")
			.env("MIGRATION_USER", "nobody")
			.env("MIGRATION_PASSWORD", "wrong");
		String[] flags = { "--url", this.db.jdbcUrl(), "--user", this.db.user(), "--password", this.db.password() };
		MigrationCli.Result result = cli.run(with(flags, "current", "-v"));
		assertThat(result.err()).isEmpty();
		assertThat(result.out()).startsWith("Current revision(s) for " + this.db.jdbcUrl() + ":\n");
		assertThat(cli.run(with(flags, "upgrade", "head", "-v")).err()).contains(
				"URL: " + this.db.jdbcUrl() + " (--url)\n", "User: " + this.db.user() + " (--user)\n",
				"Password: *** (--password)\n");
	}

	@Test
	void flagsMayStandBeforeOrAfterTheCommand() {
		Cli cli = new Cli(this.project);
		String[] flags = { "--url", this.db.jdbcUrl(), "--user", this.db.user(), "--password", this.db.password() };
		MigrationCli.Result before = cli.run(Stream.concat(Arrays.stream(flags), Stream.of("history", "-i"))
			.toArray(String[]::new));
		MigrationCli.Result after = cli.run(with(flags, "history", "-i"));
		assertThat(before.exitCode()).isZero();
		assertThat(before.out()).isEqualTo("<base> -> a1 (head), first\n").isEqualTo(after.out());
	}

	@Test
	void migrationEnvironmentWinsOverSpringEnvironmentAndFiles() throws IOException {
		writeAll("properties-loses", "application-loses");
		Cli cli = connected(new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl())
			.env("SPRING_DATASOURCE_URL", NOWHERE + "spring-url-loses"), this.db);
		assertThat(cli.run("upgrade", "head", "-v").err()).contains("URL: " + this.db.jdbcUrl() + " (MIGRATION_URL)\n");
		assertThat(cli.run("current").out()).isEqualTo("a1 (head)\n");
	}

	@Test
	void springEnvironmentWinsOverFiles() throws IOException {
		writeAll("properties-loses", "application-loses");
		Cli cli = new Cli(this.project).env("SPRING_DATASOURCE_URL", this.db.jdbcUrl())
			.env("SPRING_DATASOURCE_USERNAME", this.db.user())
			.env("SPRING_DATASOURCE_PASSWORD", this.db.password());
		MigrationCli.Result result = cli.run("upgrade", "head", "-v");
		assertThat(result.err()).contains("URL: " + this.db.jdbcUrl() + " (SPRING_DATASOURCE_URL)\n",
				"User: " + this.db.user() + " (SPRING_DATASOURCE_USERNAME)\n",
				"Password: *** (SPRING_DATASOURCE_PASSWORD)\n");
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void migrationPropertiesWinOverApplicationProperties() throws IOException {
		Files.writeString(this.project.resolve("migration.properties"), "migration.url=" + this.db.jdbcUrl() + "\n"
				+ "spring.datasource.url=" + NOWHERE + "spring-key-loses\n");
		Files.writeString(this.resources.resolve("application.properties"),
				"spring.datasource.url=" + NOWHERE + "application-loses\nspring.datasource.username=" + this.db.user()
						+ "\nspring.datasource.password=" + this.db.password() + "\n");
		MigrationCli.Result result = new Cli(this.project).run("upgrade", "head", "-v");
		assertThat(result.err()).contains("URL: " + this.db.jdbcUrl() + " (migration.url in "
				+ this.project.resolve("migration.properties") + ")\n")
			.contains("User: " + this.db.user() + " (spring.datasource.username in "
					+ this.resources.resolve("application.properties") + ")\n");
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void configFlagNamesTheFile() throws IOException {
		Files.writeString(this.project.resolve("migration.properties"), "migration.url=" + NOWHERE + "loses\n");
		Path other = this.project.resolve("conf/prod.properties");
		Files.createDirectories(other.getParent());
		Files.writeString(other, "migration.url=" + this.db.jdbcUrl() + "\nmigration.user=" + this.db.user()
				+ "\nmigration.password=" + this.db.password() + "\n");
		assertThat(new Cli(this.project).run("upgrade", "head", "--config", "conf/prod.properties").exitCode()).isZero();
		MigrationCli.Result missing = new Cli(this.project).run("current", "--config", "conf/missing.properties");
		assertThat(missing.exitCode()).isEqualTo(1);
		assertThat(missing.err()).isEqualTo("FAILED: Configuration file " + this.project.resolve("conf/missing.properties")
				+ " (given with --config) does not exist; check the path, or leave --config out to read "
				+ "./migration.properties\n");
	}

	@Test
	void applicationYamlWithPlaceholdersAndRelaxedKeys() throws IOException, SQLException {
		Files.writeString(this.resources.resolve("application.yml"), """
				spring:
				  datasource:
				    url: ${DB_URL:%s}
				    username: ${DB_USER}
				    password: ${DB_PASSWORD:}
				migration:
				  versionTable: my_versions
				  locations:
				    - classpath:db/revisions
				---
				spring.config.activate.on-profile: other
				spring.datasource.url: %s
				""".formatted(this.db.jdbcUrl(), NOWHERE + "inactive-profile-loses"));
		Cli cli = new Cli(this.project).env("DB_USER", this.db.user()).env("DB_PASSWORD", this.db.password());
		MigrationCli.Result result = cli.run("upgrade", "head", "-v");
		Path yaml = this.resources.resolve("application.yml");
		assertThat(result.err()).contains("URL: " + this.db.jdbcUrl() + " (spring.datasource.url in " + yaml + ")\n",
				"Version table: my_versions (migration.versionTable in " + yaml + ")\n",
				"Locations: classpath:db/revisions (migration.locations in " + yaml + ")\n");
		assertThat(result.out()).startsWith("Running upgrade  -> a1, first\n");
		try (Connection connection = this.db.connection();
				ResultSet rows = connection.createStatement().executeQuery("SELECT version_num FROM my_versions")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("a1");
		}
	}

	@Test
	void anActiveProfileOverridesTheApplicationFile() throws IOException {
		Files.writeString(this.resources.resolve("application.properties"),
				"spring.datasource.url=" + NOWHERE + "default-profile-loses\n");
		Files.writeString(this.resources.resolve("application-dev.yaml"), "spring.datasource.url: " + this.db.jdbcUrl() + "\n");
		Cli cli = connected(new Cli(this.project).env("SPRING_PROFILES_ACTIVE", "dev"), this.db);
		assertThat(cli.run("current").exitCode()).isZero();
	}

	@Test
	void aPlaceholderWithoutValueFailsOnlyCommandsThatConnect() throws IOException {
		Files.writeString(this.project.resolve("migration.properties"), "migration.url=" + this.db.jdbcUrl()
				+ "\nmigration.password=${NOT_SET}\n");
		Cli cli = new Cli(this.project);
		assertThat(cli.run("history").out()).isEqualTo("<base> -> a1 (head), first\n");
		MigrationCli.Result current = cli.run("current");
		assertThat(current.exitCode()).isEqualTo(1);
		assertThat(current.err()).isEqualTo("FAILED: Placeholder ${NOT_SET} in migration.password in "
				+ this.project.resolve("migration.properties") + " has no value: set the environment variable NOT_SET, "
				+ "or give a default as ${NOT_SET:default}\n");
	}

	@Test
	void withoutUrlCommandsThatConnectSaySoAndOfflineOnesWork() {
		MigrationCli.Result current = new Cli(this.project).run("current");
		assertThat(current.exitCode()).isEqualTo(1);
		assertThat(current.err()).isEqualTo("FAILED: No database URL is configured: give --url, set MIGRATION_URL (or "
				+ "SPRING_DATASOURCE_URL), or set migration.url in migration.properties. To print the SQL instead of "
				+ "running it, use --sql.\n");
		assertThat(new Cli(this.project).run("upgrade", "head", "--sql", "--dialect", "postgresql").exitCode()).isZero();
	}

	@Test
	void filesystemLocationsAreRelativeToTheWorkingDirectory() throws IOException {
		Projects.sqlRevision(this.project.resolve("migrations"), "x.sql", "b2", "none", "elsewhere", "SELECT 1;",
				"SELECT 1;");
		Cli cli = connected(new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl()), this.db);
		assertThat(cli.run("history", "--locations", "migrations").out()).isEqualTo("<base> -> b2 (head), elsewhere\n");
		assertThat(cli.run("history", "--locations", "filesystem:migrations,classpath:db/revisions").out())
			.isEqualTo("<base> -> a1 (head), first\n<base> -> b2 (head), elsewhere\n");
		assertThat(cli.env("MIGRATION_LOCATIONS", "filesystem:migrations").run("show", "b2").out())
			.contains("Path: " + this.project.resolve("migrations/x.sql") + "\n");
	}

	@Test
	void versionTableAndSchemaFlags() throws SQLException {
		try (Connection connection = this.db.connection()) {
			connection.createStatement().execute("CREATE SCHEMA meta");
		}
		Cli cli = connected(new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl()), this.db);
		assertThat(cli.run("upgrade", "head", "--version-table", "revs", "--version-table-schema", "meta").exitCode())
			.isZero();
		assertThat(cli.run("current", "--version-table", "revs", "--version-table-schema", "meta").out())
			.isEqualTo("a1 (head)\n");
		assertThat(cli.run("current").out()).isEmpty();
	}

	private void writeAll(String propertiesDatabase, String applicationDatabase) throws IOException {
		Files.writeString(this.project.resolve("migration.properties"), "migration.url=" + NOWHERE + propertiesDatabase
				+ "\n");
		Files.writeString(this.resources.resolve("application.properties"), "spring.datasource.url=" + NOWHERE
				+ applicationDatabase + "\n");
	}

	private static String[] with(String[] flags, String... command) {
		String[] args = Arrays.copyOf(command, command.length + flags.length);
		System.arraycopy(flags, 0, args, command.length, flags.length);
		return args;
	}

	private static Cli connected(Cli cli, TestDatabase db) {
		return cli.env("MIGRATION_USER", db.user()).env("MIGRATION_PASSWORD", db.password());
	}

}
