package dev.migration.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.IntegrationDetails;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

import dev.migration.Migrator;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

/**
 * The call each tool's Spring Boot integration makes at start-up, over a DataSource and the
 * folder {@link SmallRevisions#write} wrote: everything from reading the files to the last
 * commit is inside the call.
 */
public enum Tool {

	/**
	 * This engine, as the starter runs it: a {@link Migrator} over the DataSource and the
	 * location, then {@code upgrade("heads")}.
	 */
	MIGRATION("alembic_version_log") {
		@Override
		public Object startUp(DataSource dataSource, Path root) {
			Migrator migrator = Migrator.builder()
				.dataSource(dataSource)
				.settings(MigrationSettings.defaults()
					.withLocations(List.of(Location.parse("filesystem:" + root.resolve("migration")))))
				.build();
			return migrator.upgrade("heads");
		}
	},

	/**
	 * Flyway, as Spring Boot's {@code FlywayMigrationInitializer} runs it with the default
	 * settings: {@code Flyway.configure()...load().migrate()}, validating the applied migrations
	 * first ({@code validateOnMigrate}).
	 */
	FLYWAY("flyway_schema_history") {
		@Override
		public Object startUp(DataSource dataSource, Path root) {
			return Flyway.configure()
				.dataSource(dataSource)
				.locations("filesystem:" + root.resolve("flyway"))
				.load()
				.migrate();
		}
	},

	/**
	 * Liquibase, as Spring Boot's {@code SpringLiquibase} runs it: in a Liquibase scope with the
	 * logger UI service, a {@link Liquibase} on the master changelog over a connection from the
	 * DataSource, its summary logged ({@code spring.liquibase.show-summary-output=log}, Boot's
	 * default), and {@code update}, which runs the {@code update} command of Liquibase's command
	 * API. The files are read with a {@link DirectoryResourceAccessor} instead of Spring's resource
	 * accessor, as there is no Spring context here. Analytics are switched off
	 * ({@code spring.liquibase.analytics-enabled=false}): otherwise Liquibase may fetch its
	 * analytics configuration over the network, which measures the network. Liquibase keeps a
	 * JVM-wide cache of changelogs it found up to date; it is cleared before each call, as it is
	 * empty when an application starts.
	 */
	LIQUIBASE("databasechangelog") {
		@Override
		@SuppressWarnings("try") // the resource accessor's close() may throw InterruptedException
		public Object startUp(DataSource dataSource, Path root) {
			Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
			Map<String, Object> scope = new HashMap<>();
			scope.put(Scope.Attr.ui.name(), new LoggerUIService());
			scope.put(Scope.Attr.integrationDetails.name(), new IntegrationDetails("spring"));
			scope.put(AnalyticsArgs.ENABLED.getKey(), false);
			try (DirectoryResourceAccessor files = new DirectoryResourceAccessor(root.resolve("liquibase"))) {
				Scope.child(scope, () -> {
					Database database = DatabaseFactory.getInstance()
						.findCorrectDatabaseImplementation(new JdbcConnection(dataSource.getConnection()));
					try (Liquibase liquibase = new Liquibase("db.changelog-master.yaml", files, database)) {
						liquibase.setShowSummary(UpdateSummaryEnum.SUMMARY);
						liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
						liquibase.update(new Contexts(), new LabelExpression());
					}
				});
				return files;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Liquibase update failed: " + ex.getMessage(), ex);
			}
		}
	},

	/**
	 * No tool: the statements of the Flyway files, read from disk in version order and executed
	 * on one connection, one transaction per file. It records nothing, checks nothing and takes no
	 * lock: the floor the tools are measured against.
	 */
	JDBC(null) {
		@Override
		public Object startUp(DataSource dataSource, Path root) {
			int executed = 0;
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					for (Path file : SmallRevisions.flywayFiles(root)) {
						for (String sql : Files.readString(file).split(";")) {
							if (!sql.isBlank()) {
								statement.execute(sql);
								executed++;
							}
						}
						connection.commit();
					}
				}
				finally {
					connection.setAutoCommit(true);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("A statement failed: " + ex.getMessage(), ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return executed;
		}
	};

	private final String historyTable;

	static {
		// No tool logs, so none pays for it: this engine, Flyway and HikariCP log through SLF4J,
		// bound to slf4j-nop; Liquibase logs through java.util.logging, switched off here.
		LogManager.getLogManager().reset();
		java.util.logging.Logger.getLogger("").setLevel(Level.OFF);
	}

	Tool(String historyTable) {
		this.historyTable = historyTable;
	}

	/**
	 * Brings the database to the latest revision as the tool does when an application starts.
	 * @param dataSource the database
	 * @param root the folder {@link SmallRevisions#write} wrote
	 * @return what the tool returned, for the benchmark to consume
	 */
	public abstract Object startUp(DataSource dataSource, Path root);

	/**
	 * Fails for plain JDBC, which records nothing and so cannot tell that there is nothing to do:
	 * called again, it would run the statements again.
	 */
	public void requireUpToDateCheck() {
		if (this.historyTable == null) {
			throw new IllegalArgumentException(this + " records nothing, so it has no up-to-date check to measure");
		}
	}

	/**
	 * Fails unless the database holds some number of migrations: the rows of the tool's history
	 * table, or for plain JDBC the tables it created.
	 * @param dataSource the database
	 * @param expected how many migrations it must hold
	 */
	public void checkApplied(DataSource dataSource, int expected) {
		long applied = Postgres.queryForLong(dataSource, (this.historyTable != null)
				? "SELECT count(*) FROM " + this.historyTable
				: "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'item\\_%'");
		if (applied != expected) {
			throw new IllegalStateException(this + " holds " + applied + " applied migrations, not " + expected);
		}
	}

}
