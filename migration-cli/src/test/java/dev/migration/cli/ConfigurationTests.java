package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.Migrator;
import dev.migration.cli.config.ConfigurationResolver;
import dev.migration.cli.config.Flags;
import dev.migration.runtime.ChecksumPolicy;
import dev.migration.runtime.MigrationSettings;
import dev.migration.runtime.TransactionMode;
import dev.migration.source.Location;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * Where the settings come from: flags, then MIGRATION_*, then SPRING_DATASOURCE_*, then the
 * configuration file, then the application's own configuration. Each test gives the winning
 * source the real database and every source below it a URL that cannot connect, so a wrong
 * precedence fails the command. The starter's engine settings ({@code migration.log-table},
 * {@code migration.transaction-mode}, the timeouts, {@code {vendor}} in the locations) mean to
 * the command line what they mean to the application.
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

	@Test
	void theStartersEngineSettingsTakeTheSamePrecedenceAsTheOthers() throws IOException, SQLException {
		Path application = this.resources.resolve("application.properties");
		Files.writeString(application, """
				migration.log-table=application_log
				migration.transaction-mode=per-revision
				migration.lockWaitTimeout=1m
				migration.lock_timeout=1s
				migration.statement-timeout=1s
				""");
		Path properties = this.project.resolve("migration.properties");
		Files.writeString(properties, """
				migration.transaction-mode=all
				migration.lock-timeout=2s
				migration.statement-timeout=2s
				""");
		Cli cli = connected(new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl()), this.db)
			.env("MIGRATION_LOCK_TIMEOUT", "3s")
			.env("MIGRATION_STATEMENT_TIMEOUT", "3s");
		MigrationCli.Result result = cli.run("upgrade", "head", "-v", "--statement-timeout", "4s");
		assertThat(result.err()).contains("Log table: application_log (migration.log-table in " + application + ")\n",
				"Transaction mode: all (migration.transaction-mode in " + properties + ")\n",
				"Lock wait timeout: 1m (migration.lockWaitTimeout in " + application + ")\n",
				"Lock timeout: 3s (MIGRATION_LOCK_TIMEOUT)\n", "Statement timeout: 4s (--statement-timeout)\n");
		assertThat(result.exitCode()).isZero();
		assertThat(loggedRevisions("application_log")).containsExactly("a1");
		MigrationCli.Result flags = cli.run("current", "--log-table", "flag_log", "--transaction-mode", "per-revision",
				"--lock-wait-timeout", "2m", "--lock-timeout", "5s");
		assertThat(flags.exitCode()).isZero();
		assertThat(flags.out()).isEqualTo("a1 (head)\n");
	}

	@Test
	void durationsAreReadAsSpringBootReadsThem() {
		Map<String, Duration> forms = new LinkedHashMap<>();
		forms.put("10s", Duration.ofSeconds(10));
		forms.put("500ms", Duration.ofMillis(500));
		forms.put("5m", Duration.ofMinutes(5));
		forms.put("1h", Duration.ofHours(1));
		forms.put("2d", Duration.ofDays(2));
		forms.put("100us", Duration.ofNanos(100_000));
		forms.put("100ns", Duration.ofNanos(100));
		forms.put("250", Duration.ofMillis(250));
		forms.put("0", Duration.ZERO);
		forms.put("30S", Duration.ofSeconds(30));
		forms.put("+7s", Duration.ofSeconds(7));
		forms.put(" 15s ", Duration.ofSeconds(15));
		forms.put("PT5M", Duration.ofMinutes(5));
		forms.put("pt1m30s", Duration.ofSeconds(90));
		forms.put("P1DT2H", Duration.ofHours(26));
		forms.forEach((text, expected) -> {
			assertThat(settings("MIGRATION_LOCK_TIMEOUT", text).lockTimeout()).as(text).isEqualTo(expected);
			assertThat(settings("MIGRATION_STATEMENT_TIMEOUT", text).statementTimeout()).as(text).isEqualTo(expected);
			assertThat(settings("MIGRATION_LOCK_WAIT_TIMEOUT", text).lockWaitTimeout()).as(text).isEqualTo(expected);
		});
	}

	@Test
	void transactionModeIsReadAsSpringBootReadsAnEnumeration() {
		for (String text : List.of("per-revision", "PER_REVISION", "per_revision", "perRevision", "Per-Revision")) {
			assertThat(settings("MIGRATION_TRANSACTION_MODE", text).transactionMode()).as(text)
				.isEqualTo(TransactionMode.PER_REVISION);
		}
		for (String text : List.of("all", "ALL", " All ")) {
			assertThat(settings("MIGRATION_TRANSACTION_MODE", text).transactionMode()).as(text)
				.isEqualTo(TransactionMode.ALL);
		}
		assertThat(settings("MIGRATION_CHECKSUM_POLICY", "Warn").checksumPolicy()).isEqualTo(ChecksumPolicy.WARN);
	}

	@Test
	void unsetOrBlankEngineSettingsAreTheEnginesDefaults() throws IOException {
		Files.writeString(this.resources.resolve("application.properties"), """
				migration.log-table=
				migration.lock-timeout=
				""");
		MigrationSettings settings = new ConfigurationResolver(Map.of(), this.project).resolve(Flags.NONE)
			.settings(List.of());
		MigrationSettings defaults = MigrationSettings.defaults();
		assertThat(settings.logTableName()).isEqualTo("alembic_version_log");
		assertThat(settings.transactionMode()).isEqualTo(defaults.transactionMode());
		assertThat(settings.lockWaitTimeout()).isEqualTo(defaults.lockWaitTimeout());
		assertThat(settings.lockTimeout()).isNull();
		assertThat(settings.statementTimeout()).isNull();
	}

	@Test
	void badValuesNameTheSettingWhereItCameFromAndWhatItAccepts() throws IOException {
		Path application = this.resources.resolve("application.properties");
		Files.writeString(application, "migration.lock-timeout=5 minutes\n");
		Cli cli = new Cli(this.project);
		String durations = "write a duration such as 500ms, 10s, 5m, 1h or 2d (units ns, us, ms, s, m, h, d; a bare "
				+ "number is milliseconds), or ISO-8601 such as PT5M\n";
		assertThat(cli.run("history")).isEqualTo(new MigrationCli.Result(1, "",
				"FAILED: Invalid lock timeout '5 minutes' (migration.lock-timeout in " + application + "): " + durations));
		assertThat(cli.run("history", "--lock-timeout", "1s", "--statement-timeout", "10x").err())
			.isEqualTo("FAILED: Invalid statement timeout '10x' (--statement-timeout): " + durations);
		assertThat(cli.run("history", "--lock-timeout", "1s", "--lock-wait-timeout", "-5s").err())
			.isEqualTo("FAILED: Invalid lock wait timeout '-5s' (--lock-wait-timeout): a timeout cannot be negative; "
					+ durations);
		assertThat(cli.env("MIGRATION_LOCK_TIMEOUT", "1s")
			.env("MIGRATION_TRANSACTION_MODE", "each")
			.run("history")
			.err()).isEqualTo("FAILED: Invalid transaction mode 'each' (MIGRATION_TRANSACTION_MODE): use per-revision "
					+ "or all\n");
		assertThat(cli.run("history", "--transaction-mode", "all", "--checksum-policy", "never").err())
			.isEqualTo("FAILED: Invalid checksum policy 'never' (--checksum-policy): use fail, warn or ignore\n");
	}

	@Test
	void vendorInLocationsIsTheDatabaseOfTheUrlOrOfTheDialect() throws IOException {
		Projects.sqlRevision(this.resources.resolve("db/vendor/postgresql"), "p.sql", "p2", "a1", "postgresql only",
				"SELECT 2;", "SELECT 2;");
		Projects.sqlRevision(this.resources.resolve("db/vendor/h2"), "h.sql", "h2", "a1", "h2 only", "SELECT 2;",
				"SELECT 2;");
		Path properties = this.project.resolve("migration.properties");
		Files.writeString(properties, "migration.locations=classpath:db/revisions,classpath:db/vendor/{vendor}\n");
		Cli offline = new Cli(this.project);
		MigrationCli.Result none = offline.run("history");
		assertThat(none.exitCode()).isEqualTo(1);
		assertThat(none.err()).isEqualTo("FAILED: {vendor} in the revision locations (migration.locations in "
				+ properties + ") stands for the database's vendor, and no database is configured: give a URL (--url, "
				+ "MIGRATION_URL, migration.url) or name the database with --dialect postgresql, mariadb, mysql or h2\n");
		assertThat(offline.run("history", "--dialect", "h2").out()).isEqualTo("a1 -> h2 (head), h2 only\n"
				+ "<base> -> a1, first\n");
		MigrationCli.Result unknown = offline.run("history", "--url", "jdbc:sqlserver://db:1433");
		assertThat(unknown.err()).isEqualTo("FAILED: {vendor} in the revision locations (migration.locations in "
				+ properties + ") stands for the database's vendor, and the URL jdbc:sqlserver://db:1433 (--url) names "
				+ "none of postgresql, mariadb, mysql or h2: name the database with --dialect postgresql, mariadb, mysql "
				+ "or h2\n");

		Cli online = connected(new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl()), this.db);
		MigrationCli.Result upgrade = online.run("upgrade", "heads", "-v", "--dialect", "h2");
		assertThat(upgrade.err()).contains("Locations: classpath:db/revisions,classpath:db/vendor/postgresql "
				+ "(migration.locations in " + properties + ", {vendor} from MIGRATION_URL)\n");
		assertThat(upgrade.out()).contains("Running upgrade a1 -> p2, postgresql only\n");
		assertThat(online.run("current").out()).isEqualTo("p2 (head)\n");
		MigrationCli.Result script = online.run("upgrade", "a1:heads", "--sql", "-v", "--dialect", "h2");
		assertThat(script.err()).contains("Locations: classpath:db/revisions,classpath:db/vendor/h2 "
				+ "(migration.locations in " + properties + ", {vendor} from --dialect)\n");
		assertThat(script.out()).contains("-- Running upgrade a1 -> h2, h2 only\n").doesNotContain("p2");
	}

	@Test
	void theApplicationsLogTableTransactionModeAndStatementTimeoutApplyToUpgrade() throws IOException, SQLException {
		Projects.sqlRevision(this.resources.resolve("db/revisions"), "20240101_0001_b2_notes.sql", "b2", "a1", "notes",
				"CREATE TABLE notes (id INT);", "DROP TABLE notes;");
		Projects.sqlRevision(this.resources.resolve("db/revisions"), "20240101_0002_c3_slow.sql", "c3", "b2", "slow",
				"SELECT pg_sleep(2);", "SELECT 1;");
		Files.writeString(this.resources.resolve("application.properties"), """
				spring.datasource.url=%s
				spring.datasource.username=%s
				spring.datasource.password=%s
				migration.log-table=audit_revisions
				migration.transaction-mode=all
				migration.statement-timeout=500ms
				""".formatted(this.db.jdbcUrl(), this.db.user(), this.db.password()));
		Cli cli = new Cli(this.project);
		MigrationCli.Result cancelled = cli.run("upgrade", "head");
		assertThat(cancelled.exitCode()).isEqualTo(1);
		assertThat(cancelled.err()).startsWith("FAILED: upgrade c3 failed")
			.contains("canceling statement due to statement timeout", "SQLState: 57014",
					"the whole run was rolled back in one transaction");
		// All revisions ran in one transaction: the two before the slow one were rolled back with it.
		assertThat(cli.run("current").out()).isEmpty();
		assertThat(tableExists("notes")).isFalse();

		MigrationCli.Result upgraded = cli.run("upgrade", "head", "--statement-timeout", "10s");
		assertThat(upgraded.exitCode()).isZero();
		assertThat(loggedRevisions("audit_revisions")).containsExactly("a1", "b2", "c3");
		assertThat(tableExists("alembic_version_log")).isFalse();
	}

	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void theApplicationsLockTimeoutStopsAStatementWaitingForATableLock() throws IOException, SQLException {
		Projects.sqlRevision(this.resources.resolve("db/revisions"), "20240101_0001_b2_note.sql", "b2", "a1", "note",
				"ALTER TABLE gate ADD COLUMN note TEXT;", "ALTER TABLE gate DROP COLUMN note;");
		Files.writeString(this.resources.resolve("application.yml"), """
				spring.datasource:
				  url: %s
				  username: %s
				  password: %s
				migration:
				  lock-timeout: 300ms
				""".formatted(this.db.jdbcUrl(), this.db.user(), this.db.password()));
		Cli cli = new Cli(this.project);
		try (Connection holder = lockedGate()) {
			long started = System.nanoTime();
			MigrationCli.Result waited = cli.run("upgrade", "head");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			assertThat(waited.exitCode()).isEqualTo(1);
			assertThat(waited.err()).startsWith("FAILED: upgrade b2 failed")
				.contains("canceling statement due to lock timeout", "SQLState: 55P03");
			assertThat(cli.run("current").out()).isEqualTo("a1\n");
			holder.rollback();
		}
		assertThat(cli.run("upgrade", "head").exitCode()).isZero();
		assertThat(cli.run("current").out()).isEqualTo("b2 (head)\n");
	}

	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void lockWaitTimeoutLimitsTheWaitForAnotherRunner() throws Exception {
		Path elsewhere = this.project.resolve("elsewhere");
		Projects.sqlRevision(elsewhere, "z.sql", "z9", "none", "waits for the gate", "SELECT count(*) FROM gate;",
				"SELECT 1;");
		Migrator other = Migrator.builder()
			.dataSource(this.db.dataSource())
			.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse("filesystem:" + elsewhere))))
			.build();
		try (Connection holder = lockedGate()) {
			CompletableFuture<?> running = CompletableFuture.runAsync(() -> other.upgrade("heads"));
			awaitMigrationLock();
			long started = System.nanoTime();
			MigrationCli.Result result = connected(new Cli(this.project).env("MIGRATION_URL", this.db.jdbcUrl()),
					this.db)
				.env("MIGRATION_LOCK_WAIT_TIMEOUT", "300ms")
				.run("upgrade", "head");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			assertThat(result.exitCode()).isEqualTo(1);
			assertThat(result.err()).startsWith("WARNING: Waiting up to 300ms for the migration lock held by PostgreSQL ")
				.containsPattern("\nFAILED: Gave up after \\d+ms waiting for the migration lock of alembic_version, "
						+ "held by PostgreSQL backend ");
			holder.rollback();
			running.get(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * A connection holding an exclusive lock on a table {@code gate} in an open transaction. The
	 * server ends the transaction after 20 seconds, so a test that fails cannot leave it held.
	 */
	private Connection lockedGate() throws SQLException {
		Connection holder = this.db.connection();
		try (Statement statement = holder.createStatement()) {
			statement.execute("CREATE TABLE gate (id INT)");
			statement.execute("SET idle_in_transaction_session_timeout = '20s'");
			holder.setAutoCommit(false);
			statement.execute("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
		}
		return holder;
	}

	private void awaitMigrationLock() throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		try (Connection connection = this.db.connection()) {
			while (System.nanoTime() < deadline) {
				try (ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM pg_locks "
						+ "WHERE locktype = 'advisory' AND granted AND database = "
						+ "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
					if (rows.next() && rows.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError("The other runner never took the migration lock");
	}

	private MigrationSettings settings(String variable, String value) {
		return new ConfigurationResolver(Map.of(variable, value), this.project).resolve(Flags.NONE).settings(List.of());
	}

	private List<String> loggedRevisions(String logTable) throws SQLException {
		List<String> revisions = new ArrayList<>();
		try (Connection connection = this.db.connection();
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT revision FROM " + logTable + " WHERE success ORDER BY id")) {
			while (rows.next()) {
				revisions.add(rows.getString(1));
			}
		}
		return revisions;
	}

	private boolean tableExists(String table) throws SQLException {
		try (Connection connection = this.db.connection();
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
			return rows.next() && rows.getBoolean(1);
		}
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
