package dev.migration.cli;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.command.BranchesCommand;
import dev.migration.cli.command.CheckCommand;
import dev.migration.cli.command.CurrentCommand;
import dev.migration.cli.command.DowngradeCommand;
import dev.migration.cli.command.HeadsCommand;
import dev.migration.cli.command.HistoryCommand;
import dev.migration.cli.command.InitCommand;
import dev.migration.cli.command.MergeCommand;
import dev.migration.cli.command.RevisionCommand;
import dev.migration.cli.command.ShowCommand;
import dev.migration.cli.command.StampCommand;
import dev.migration.cli.command.UpgradeCommand;
import dev.migration.cli.config.CliConfiguration;
import dev.migration.cli.config.ConfigurationResolver;
import dev.migration.cli.config.Flags;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code migration}: the top command. Its options are inherited by every command, so they may
 * stand before or after the command's name.
 */
@Command(name = "migration", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
		description = { "Database revisions with Alembic's model: a graph of revisions, upgrade, downgrade, stamp "
				+ "and offline SQL.", "" },
		subcommands = { InitCommand.class, RevisionCommand.class, MergeCommand.class, UpgradeCommand.class,
				DowngradeCommand.class, StampCommand.class, CurrentCommand.class, HistoryCommand.class,
				HeadsCommand.class, BranchesCommand.class, ShowCommand.class, CheckCommand.class,
				AutoComplete.GenerateCompletion.class },
		footerHeading = "%nConfiguration%n",
		footer = { "Each setting comes from the first of: its flag; its MIGRATION_* variable (--log-table: "
				+ "MIGRATION_LOG_TABLE); SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD; "
				+ "the file given with --config, else migration.properties; then "
				+ "src/main/resources/application.properties (or .yml, .yaml), keys migration.* as the Spring Boot "
				+ "starter reads them. Durations: 500ms, 10s, 5m, 1h, or PT5M.",
				"", "Examples", "  migration init", "  migration revision -m \"Add claude_session_id to session table\"",
				"  migration upgrade head", "  migration downgrade -1", "  migration history",
				"  migration upgrade head --sql > migration.sql", "  migration merge heads -m \"Merge heads\"",
				"  migration check", "", "Exit status: 0 done, 1 failed (FAILED: on stderr), 2 bad usage." })
public final class MigrationCommand implements Callable<Integer> {

	private final Invocation invocation;

	@Spec
	private @Nullable CommandSpec spec;

	@Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
			description = "JDBC URL of the database, e.g. jdbc:postgresql://localhost:5432/app")
	private @Nullable String url;

	@Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER", description = "Database user.")
	private @Nullable String user;

	@Option(names = "--password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
			description = "Database password; prefer MIGRATION_PASSWORD, which stays out of the process list.")
	private @Nullable String password;

	@Option(names = "--locations", scope = ScopeType.INHERIT, paramLabel = "LOCATIONS",
			description = "Comma-separated revision locations, classpath:PATH (read from src/main/resources) or "
					+ "filesystem:PATH. Default: classpath:db/revisions.")
	private @Nullable String locations;

	@Option(names = "--version-table", scope = ScopeType.INHERIT, paramLabel = "TABLE",
			description = "Version table name. Default: alembic_version.")
	private @Nullable String versionTable;

	@Option(names = "--version-table-schema", scope = ScopeType.INHERIT, paramLabel = "SCHEMA",
			description = "Schema of the version table. Default: the connection's schema.")
	private @Nullable String versionTableSchema;

	@Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
			description = "Configuration file (.properties or .yml) instead of ./migration.properties.")
	private @Nullable String config;

	@Option(names = "--dialect", scope = ScopeType.INHERIT, paramLabel = "DATABASE",
			description = "Database an offline (--sql) script is written for: postgresql, mariadb, mysql or h2. "
					+ "Default: the one the URL names.")
	private @Nullable String dialect;

	@Option(names = "--checksum-policy", scope = ScopeType.INHERIT, paramLabel = "POLICY",
			description = "When an applied revision's file changed: fail (default), warn, or ignore.")
	private @Nullable String checksumPolicy;

	@Option(names = "--log-table", scope = ScopeType.INHERIT, paramLabel = "TABLE",
			description = "Revision log table name. Default: the version table's name followed by _log.")
	private @Nullable String logTable;

	@Option(names = "--transaction-mode", scope = ScopeType.INHERIT, paramLabel = "MODE",
			description = "per-revision (default): each revision in its own transaction; all: every pending "
					+ "revision in one.")
	private @Nullable String transactionMode;

	@Option(names = "--lock-wait-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
			description = "How long to wait for the migration lock another runner holds, e.g. 30s. Default: 5m.")
	private @Nullable String lockWaitTimeout;

	@Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
			description = "How long a migration statement may wait for a table lock, e.g. 2s. Default: the "
					+ "database's.")
	private @Nullable String lockTimeout;

	@Option(names = "--statement-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
			description = "How long a migration statement may run, e.g. 10m. Default: the database's.")
	private @Nullable String statementTimeout;

	@Option(names = "--debug", scope = ScopeType.INHERIT,
			description = "Print stack traces of failures, and the engine's log (also MIGRATION_DEBUG=true).")
	private boolean debug;

	private @Nullable Workspace workspace;

	/**
	 * Creates the top command for a run.
	 * @param invocation the run
	 */
	public MigrationCommand(Invocation invocation) {
		this.invocation = invocation;
	}

	@Override
	public Integer call() {
		if (this.spec != null) {
			this.spec.commandLine().usage(this.invocation.err());
		}
		return 2;
	}

	/**
	 * Returns the run.
	 * @return the invocation
	 */
	public Invocation invocation() {
		return this.invocation;
	}

	/**
	 * Whether stack traces are wanted: {@code --debug} or {@code MIGRATION_DEBUG}.
	 * @return whether to print stack traces
	 */
	public boolean debug() {
		return this.debug || this.invocation.debugFromEnvironment();
	}

	/**
	 * Returns the flags given.
	 * @return the flags
	 */
	public Flags flags() {
		return new Flags(this.url, this.user, this.password, this.locations, this.versionTable,
				this.versionTableSchema, this.dialect, this.config, this.checksumPolicy, this.logTable,
				this.transactionMode, this.lockWaitTimeout, this.lockTimeout, this.statementTimeout);
	}

	/**
	 * Returns the project, opening it on first use.
	 * @return the workspace
	 */
	public Workspace workspace() {
		Workspace result = this.workspace;
		if (result == null) {
			CliConfiguration configuration = new ConfigurationResolver(this.invocation.environment(),
					this.invocation.workingDirectory())
				.resolve(flags());
			result = new Workspace(this.invocation, configuration);
			this.workspace = result;
		}
		return result;
	}

	/**
	 * Returns the project if it was opened.
	 * @return the workspace, or {@code null}
	 */
	@Nullable Workspace openedWorkspace() {
		return this.workspace;
	}

}
