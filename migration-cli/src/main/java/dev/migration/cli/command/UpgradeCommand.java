package dev.migration.cli.command;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code upgrade}: runs the revisions up to a target, or prints them as SQL.
 */
@Command(name = "upgrade", sortOptions = false, description = "Upgrade to a later version.",
		footerHeading = "%nExamples%n",
		footer = { "  migration upgrade head               # the latest revision",
				"  migration upgrade heads              # every head",
				"  migration upgrade ae1027a6acf        # a revision (a unique prefix will do)",
				"  migration upgrade +2                 # two revisions up",
				"  migration upgrade head --sql > migration.sql",
				"  migration upgrade 27c6a30d7c24:head --sql --dialect postgresql" })
public final class UpgradeCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Spec
	private @Nullable CommandSpec spec;

	@Parameters(paramLabel = "REVISION",
			description = "Target: head, heads, a revision, +N, label@head; with --sql, FROM:TO.")
	private String target = "";

	@Option(names = "--sql", description = "Print the SQL instead of running it; no database is connected to.")
	private boolean sql;

	@Option(names = { "-v", "--verbose" }, description = "Print the settings, and how long each revision took.")
	private boolean verbose;

	@Override
	public Integer call() {
		MigrationCommand root = Commands.root(this.root);
		if (this.target.contains(":") && !this.sql) {
			throw new ParameterException(Commands.spec(this.spec).commandLine(), "Range revision not allowed");
		}
		Workspace workspace = Runs.prepare(root, this.verbose, !this.sql);
		if (this.sql) {
			root.invocation().out().print(workspace.migrator().upgradeSql(this.target, workspace.offlineDialect()));
			return 0;
		}
		Runs.summarize(root.invocation(), workspace.migrator().upgrade(this.target));
		return 0;
	}

}
