package dev.migration.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.migration.runtime.ChecksumPolicy;
import dev.migration.runtime.TransactionMode;

/**
 * Configuration properties of the migration engine, prefix {@code migration}.
 *
 * @see MigrationAutoConfiguration
 */
@ConfigurationProperties("migration")
public class MigrationProperties {

	/**
	 * Whether to enable the migration engine. When disabled, no migration bean exists and the
	 * database is left untouched.
	 */
	private boolean enabled = true;

	/**
	 * Locations of revision files: 'classpath:folder' on the class path, 'filesystem:folder' (or
	 * just the folder) on disk. Sub-folders are included. '{vendor}' in a location is replaced by
	 * the database's vendor, for example 'postgresql', 'mariadb' or 'h2'.
	 */
	private List<String> locations = new ArrayList<>(Collections.singletonList("classpath:db/revisions"));

	/**
	 * What to do with the database at start-up: upgrade it to the target, validate that it is at
	 * the heads, or nothing.
	 */
	private OnStartup onStartup = OnStartup.UPGRADE;

	/**
	 * Whether validating at start-up (on-startup=validate) also lints the revisions: a lint
	 * error (several heads, a revision without downgrade, unacknowledged data loss, ...) then
	 * fails start-up, and warnings are logged.
	 */
	private boolean lintOnValidate;

	/**
	 * When the start-up action runs: once the application is ready, before it reports readiness
	 * ACCEPTING_TRAFFIC; or during context refresh, before the beans that use the database (JPA,
	 * JdbcTemplate, JdbcClient) are created.
	 */
	private StartupPhase startupPhase = StartupPhase.APPLICATION_READY;

	/**
	 * Whether a failed start-up upgrade or validation stops the application. When false, the
	 * application starts anyway, logs the failure, and the 'migrations' health indicator reports
	 * DOWN.
	 */
	private boolean failOnError = true;

	/**
	 * Revisions to upgrade to at start-up: 'heads', 'head', a revision id or a unique prefix of
	 * one, 'label@head', ...
	 */
	private String target = "heads";

	/**
	 * Name of the version table, in Alembic's layout.
	 */
	private String versionTable = "alembic_version";

	/**
	 * Schema of the version table and the revision log. Defaults to the connection's default
	 * schema.
	 */
	private @Nullable String versionTableSchema;

	/**
	 * Name of the revision log table. Defaults to the version table's name followed by '_log'.
	 */
	private @Nullable String logTable;

	/**
	 * How revisions are grouped into transactions: one transaction per revision, or all pending
	 * revisions in one.
	 */
	private TransactionMode transactionMode = TransactionMode.PER_REVISION;

	/**
	 * Maximum time to wait for the migration lock that another application or instance holds.
	 */
	private Duration lockWaitTimeout = Duration.ofMinutes(5);

	/**
	 * Maximum time a migration statement waits for a table lock (PostgreSQL 'lock_timeout',
	 * MariaDB and MySQL 'lock_wait_timeout'). Defaults to the database's setting.
	 */
	private @Nullable Duration lockTimeout;

	/**
	 * Maximum time a migration statement may run (PostgreSQL 'statement_timeout', MariaDB
	 * 'max_statement_time'). Defaults to the database's setting.
	 */
	private @Nullable Duration statementTimeout;

	/**
	 * What to do when the file of an applied revision changed since it was applied: fail, warn,
	 * or ignore.
	 */
	private ChecksumPolicy checksumPolicy = ChecksumPolicy.FAIL;

	/**
	 * JDBC URL of the database to migrate, when it is not the application's DataSource.
	 */
	private @Nullable String url;

	/**
	 * Login user of the database to migrate. Without 'migration.url', connects to the URL of the
	 * application's DataSource as this user.
	 */
	private @Nullable String user;

	/**
	 * Login password of the database to migrate.
	 */
	private @Nullable String password;

	/**
	 * Fully qualified name of the JDBC driver. Auto-detected based on the URL by default.
	 */
	private @Nullable String driverClassName;

	private final Endpoint endpoint = new Endpoint();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public OnStartup getOnStartup() {
		return this.onStartup;
	}

	public void setOnStartup(OnStartup onStartup) {
		this.onStartup = onStartup;
	}

	public boolean isLintOnValidate() {
		return this.lintOnValidate;
	}

	public void setLintOnValidate(boolean lintOnValidate) {
		this.lintOnValidate = lintOnValidate;
	}

	public StartupPhase getStartupPhase() {
		return this.startupPhase;
	}

	public void setStartupPhase(StartupPhase startupPhase) {
		this.startupPhase = startupPhase;
	}

	public boolean isFailOnError() {
		return this.failOnError;
	}

	public void setFailOnError(boolean failOnError) {
		this.failOnError = failOnError;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public @Nullable String getVersionTableSchema() {
		return this.versionTableSchema;
	}

	public void setVersionTableSchema(@Nullable String versionTableSchema) {
		this.versionTableSchema = versionTableSchema;
	}

	public @Nullable String getLogTable() {
		return this.logTable;
	}

	public void setLogTable(@Nullable String logTable) {
		this.logTable = logTable;
	}

	public TransactionMode getTransactionMode() {
		return this.transactionMode;
	}

	public void setTransactionMode(TransactionMode transactionMode) {
		this.transactionMode = transactionMode;
	}

	public Duration getLockWaitTimeout() {
		return this.lockWaitTimeout;
	}

	public void setLockWaitTimeout(Duration lockWaitTimeout) {
		this.lockWaitTimeout = lockWaitTimeout;
	}

	public @Nullable Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(@Nullable Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public @Nullable Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(@Nullable Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public ChecksumPolicy getChecksumPolicy() {
		return this.checksumPolicy;
	}

	public void setChecksumPolicy(ChecksumPolicy checksumPolicy) {
		this.checksumPolicy = checksumPolicy;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getDriverClassName() {
		return this.driverClassName;
	}

	public void setDriverClassName(@Nullable String driverClassName) {
		this.driverClassName = driverClassName;
	}

	public Endpoint getEndpoint() {
		return this.endpoint;
	}

	/**
	 * What to do with the database at start-up.
	 */
	public enum OnStartup {

		/**
		 * Upgrade the database to {@code migration.target}.
		 */
		UPGRADE,

		/**
		 * Fail start-up when the database is not at the heads, or an applied revision changed or
		 * is missing.
		 */
		VALIDATE,

		/**
		 * Do nothing; the endpoint and the health indicator still report.
		 */
		NONE

	}

	/**
	 * When the start-up action runs.
	 */
	public enum StartupPhase {

		/**
		 * On {@code ApplicationReadyEvent}, before readiness turns {@code ACCEPTING_TRAFFIC}.
		 */
		APPLICATION_READY,

		/**
		 * During context refresh, before the beans that use the database are created.
		 */
		CONTEXT_REFRESH

	}

	/**
	 * Settings of the {@code migrations} Actuator endpoint.
	 */
	public static class Endpoint {

		/**
		 * Whether the 'migrations' endpoint offers its write operations (upgrade, downgrade,
		 * stamp). Access to them then follows 'management.endpoint.migrations.access'.
		 */
		private boolean writeOperationsEnabled;

		public boolean isWriteOperationsEnabled() {
			return this.writeOperationsEnabled;
		}

		public void setWriteOperationsEnabled(boolean writeOperationsEnabled) {
			this.writeOperationsEnabled = writeOperationsEnabled;
		}

	}

}
