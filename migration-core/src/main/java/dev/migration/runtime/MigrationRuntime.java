package dev.migration.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialect;
import dev.migration.dialect.Dialects;
import dev.migration.revision.Plan;
import dev.migration.script.RevisionScript;

/**
 * The runtime's entry point: opens sessions on a database (under the migration lock when they
 * change it) and renders plans as offline scripts. The commands ({@link dev.migration.Migrator})
 * decide what to do; the runtime knows how.
 */
public final class MigrationRuntime {

	private final MigrationSettings settings;

	private final Map<String, RevisionScript> scripts;

	private final List<MigrationListener> listeners;

	/**
	 * Creates a runtime.
	 * @param settings the settings
	 * @param scripts every revision's script
	 * @param listeners who hears about each step
	 */
	public MigrationRuntime(MigrationSettings settings, List<RevisionScript> scripts, List<MigrationListener> listeners) {
		this.settings = settings;
		this.scripts = PlanExecutor.byId(scripts);
		this.listeners = List.copyOf(listeners);
	}

	/**
	 * Work done in a database session.
	 * @param <T> what the work returns
	 */
	@FunctionalInterface
	public interface Work<T> {

		/**
		 * Does the work.
		 * @param session the session
		 * @return the result
		 * @throws SQLException if the database fails
		 */
		T run(Session session) throws SQLException;

	}

	/**
	 * Runs work that only reads: no lock, nothing created.
	 * @param <T> what the work returns
	 * @param dataSource the database
	 * @param work the work
	 * @return what the work returned
	 */
	public <T> T read(DataSource dataSource, Work<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			return work.run(new Session(connection, Dialects.of(connection)));
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the migration state: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Runs work that changes the database: under the migration lock, with the version table and
	 * the log created if missing, and the statement timeouts applied.
	 * @param <T> what the work returns
	 * @param dataSource the database
	 * @param work the work
	 * @return what the work returned
	 */
	public <T> T change(DataSource dataSource, Work<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			Dialect dialect = Dialects.of(connection);
			try (MigrationLock lock = MigrationLock.acquire(dataSource, dialect, this.settings.versionTableSchema(),
					this.settings.versionTable(), this.settings.lockWaitTimeout())) {
				boolean autoCommit = connection.getAutoCommit();
				connection.setAutoCommit(true);
				dialect.applyTimeouts(connection, this.settings.lockTimeout(), this.settings.statementTimeout());
				try {
					Session session = new Session(connection, dialect);
					session.versionTable.create(connection);
					session.log.create(connection);
					return work.run(session);
				}
				finally {
					try {
						if (!connection.getAutoCommit()) {
							connection.rollback();
						}
						dialect.resetTimeouts(connection);
						connection.setAutoCommit(autoCommit);
					}
					catch (SQLException ex) {
						// The connection goes back to its pool, which resets what it must.
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new MigrationException("Database error: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")",
					ex);
		}
	}

	/**
	 * Renders a plan as the SQL script an online run would execute.
	 * @param plan the plan
	 * @param dialect the database the script is for
	 * @param title a first comment line saying what the script does
	 * @param createTables whether to create the version and log tables first (a run from base)
	 * @param dropVersionTable whether to drop the version table at the end (a run to base)
	 * @return the script
	 */
	public String render(Plan plan, Dialect dialect, String title, boolean createTables, boolean dropVersionTable) {
		VersionTable versionTable = new VersionTable(dialect, this.settings.versionTableSchema(),
				this.settings.versionTable());
		RevisionLog log = new RevisionLog(dialect, this.settings.versionTableSchema(), this.settings.logTableName());
		PlanExecutor executor = new PlanExecutor(dialect, versionTable, log, this.scripts, this.settings, List.of());
		return new OfflineScript(dialect, versionTable, log, this.scripts, this.settings, executor).render(plan, title,
				createTables, dropVersionTable);
	}

	/**
	 * A connection to the database being migrated, with its dialect and tables.
	 */
	public final class Session {

		private final Connection connection;

		private final Dialect dialect;

		private final VersionTable versionTable;

		private final RevisionLog log;

		Session(Connection connection, Dialect dialect) {
			this.connection = connection;
			this.dialect = dialect;
			MigrationSettings settings = MigrationRuntime.this.settings;
			this.versionTable = new VersionTable(dialect, settings.versionTableSchema(), settings.versionTable());
			this.log = new RevisionLog(dialect, settings.versionTableSchema(), settings.logTableName());
		}

		/**
		 * Returns the database's dialect.
		 * @return the dialect
		 */
		public Dialect dialect() {
			return this.dialect;
		}

		/**
		 * Returns the rows of the version table; none when it does not exist yet.
		 * @return the rows
		 * @throws SQLException if the database fails
		 */
		public List<String> rows() throws SQLException {
			return this.versionTable.read(this.connection);
		}

		/**
		 * Returns the revision log, oldest first; empty when it does not exist yet.
		 * @return the entries
		 * @throws SQLException if the database fails
		 */
		public List<LogEntry> log() throws SQLException {
			return this.log.read(this.connection);
		}

		/**
		 * Empties the version table, for {@code stamp --purge}.
		 * @throws SQLException if the database fails
		 */
		public void purge() throws SQLException {
			this.versionTable.purge(this.connection);
		}

		/**
		 * Runs a plan.
		 * @param plan the plan
		 * @return how long each step took
		 * @throws SQLException if the database fails outside a step
		 * @throws MigrationFailedException if a step fails
		 */
		public List<AppliedStep> execute(Plan plan) throws SQLException {
			MigrationRuntime runtime = MigrationRuntime.this;
			return new PlanExecutor(this.dialect, this.versionTable, this.log, runtime.scripts, runtime.settings,
					runtime.listeners)
				.execute(this.connection, plan);
		}

	}

}
