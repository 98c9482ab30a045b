package dev.migration.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migration.source.Location;

/**
 * The engine's settings. Immutable; {@link #defaults()} gives the defaults, and the
 * {@code with...} methods a changed copy.
 *
 * @param locations where revision files are found
 * @param versionTable the version table's name, Alembic's {@code alembic_version} by default
 * @param versionTableSchema the version table's schema, or {@code null} for the connection's
 * default schema
 * @param logTable the name of the revision log table, by default the version table's name
 * followed by {@code _log}; in the same schema
 * @param transactionMode how revisions are grouped into transactions
 * @param lockWaitTimeout how long to wait for the migration lock another runner holds
 * @param lockTimeout how long a migration statement may wait for a table lock (PostgreSQL
 * {@code lock_timeout}, MariaDB/MySQL {@code lock_wait_timeout}), or {@code null} for the
 * database's setting
 * @param statementTimeout how long a migration statement may run (PostgreSQL
 * {@code statement_timeout}, MariaDB {@code max_statement_time}), or {@code null} for the
 * database's setting
 * @param checksumPolicy what to do when an applied revision changed
 * @param application who runs the migrations, recorded in the log (an application name)
 */
public record MigrationSettings(List<Location> locations, String versionTable, @Nullable String versionTableSchema,
		@Nullable String logTable, TransactionMode transactionMode, Duration lockWaitTimeout,
		@Nullable Duration lockTimeout, @Nullable Duration statementTimeout, ChecksumPolicy checksumPolicy,
		@Nullable String application) {

	/** Alembic's version table name. */
	public static final String DEFAULT_VERSION_TABLE = "alembic_version";

	public MigrationSettings {
		locations = List.copyOf(locations);
		Objects.requireNonNull(versionTable, "versionTable");
		Objects.requireNonNull(transactionMode, "transactionMode");
		Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
		Objects.requireNonNull(checksumPolicy, "checksumPolicy");
	}

	/**
	 * Returns the default settings: revisions in {@code classpath:db/revisions}, Alembic's
	 * {@code alembic_version} table, a transaction per revision, five minutes to wait for the
	 * lock, changed revisions refused.
	 * @return the defaults
	 */
	public static MigrationSettings defaults() {
		return new MigrationSettings(List.of(Location.parse(Location.DEFAULT)), DEFAULT_VERSION_TABLE, null, null,
				TransactionMode.PER_REVISION, Duration.ofMinutes(5), null, null, ChecksumPolicy.FAIL, null);
	}

	/**
	 * Returns the log table's name: the configured one, or the version table's name followed by
	 * {@code _log}.
	 * @return the log table's name
	 */
	public String logTableName() {
		return (this.logTable != null) ? this.logTable : this.versionTable + "_log";
	}

	public MigrationSettings withLocations(List<Location> locations) {
		return new MigrationSettings(locations, this.versionTable, this.versionTableSchema, this.logTable,
				this.transactionMode, this.lockWaitTimeout, this.lockTimeout, this.statementTimeout, this.checksumPolicy,
				this.application);
	}

	public MigrationSettings withVersionTable(String versionTable, @Nullable String schema) {
		return new MigrationSettings(this.locations, versionTable, schema, this.logTable, this.transactionMode,
				this.lockWaitTimeout, this.lockTimeout, this.statementTimeout, this.checksumPolicy, this.application);
	}

	public MigrationSettings withLogTable(@Nullable String logTable) {
		return new MigrationSettings(this.locations, this.versionTable, this.versionTableSchema, logTable,
				this.transactionMode, this.lockWaitTimeout, this.lockTimeout, this.statementTimeout, this.checksumPolicy,
				this.application);
	}

	public MigrationSettings withTransactionMode(TransactionMode transactionMode) {
		return new MigrationSettings(this.locations, this.versionTable, this.versionTableSchema, this.logTable,
				transactionMode, this.lockWaitTimeout, this.lockTimeout, this.statementTimeout, this.checksumPolicy,
				this.application);
	}

	public MigrationSettings withLockWaitTimeout(Duration lockWaitTimeout) {
		return new MigrationSettings(this.locations, this.versionTable, this.versionTableSchema, this.logTable,
				this.transactionMode, lockWaitTimeout, this.lockTimeout, this.statementTimeout, this.checksumPolicy,
				this.application);
	}

	public MigrationSettings withTimeouts(@Nullable Duration lockTimeout, @Nullable Duration statementTimeout) {
		return new MigrationSettings(this.locations, this.versionTable, this.versionTableSchema, this.logTable,
				this.transactionMode, this.lockWaitTimeout, lockTimeout, statementTimeout, this.checksumPolicy,
				this.application);
	}

	public MigrationSettings withChecksumPolicy(ChecksumPolicy checksumPolicy) {
		return new MigrationSettings(this.locations, this.versionTable, this.versionTableSchema, this.logTable,
				this.transactionMode, this.lockWaitTimeout, this.lockTimeout, this.statementTimeout, checksumPolicy,
				this.application);
	}

	public MigrationSettings withApplication(@Nullable String application) {
		return new MigrationSettings(this.locations, this.versionTable, this.versionTableSchema, this.logTable,
				this.transactionMode, this.lockWaitTimeout, this.lockTimeout, this.statementTimeout, this.checksumPolicy,
				application);
	}

}
