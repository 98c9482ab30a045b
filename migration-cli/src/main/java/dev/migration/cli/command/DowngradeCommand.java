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
 * {@code downgrade}: runs revisions' downgrades down to a target, or prints them as SQL.
 */
@Command(name = "downgrade", sortOptions = false, description = "Revert to a previous version.",
		footerHeading = "%nExamples%n",
		footer = { "  migration downgrade -1               # one revision down",
				"  migration downgrade -2", "  migration downgrade 27c6a30d7c24     # down to a revision",
				"  migration downgrade base             # everything",
				"  migration downgrade feat_x@-1        # one revision down on a branch",
				"  migration downgrade 6d3b1bd3a8b2:27c6a30d7c24 --sql --dialect postgresql" })
public final class DowngradeCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Spec
	private @Nullable CommandSpec spec;

	@Parameters(paramLabel = "REVISION",
			description = "Target: -N, a revision, base, label@-N; with --sql, FROM:TO.")
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
		if (!this.target.contains(":") && this.sql) {
			throw new ParameterException(Commands.spec(this.spec).commandLine(),
					"downgrade with --sql requires <fromrev>:<torev>");
		}
		Workspace workspace = Runs.prepare(root, this.verbose, !this.sql);
		if (this.sql) {
			root.invocation().out().print(workspace.migrator().downgradeSql(this.target, workspace.offlineDialect()));
			return 0;
		}
		Runs.summarize(root.invocation(), workspace.migrator().downgrade(this.target));
		return 0;
	}

}
