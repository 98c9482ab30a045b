package dev.migration.cli.command;

import java.util.ArrayList;
import java.util.List;
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
 * {@code stamp}: sets the version table to revisions without running any.
 */
@Command(name = "stamp", sortOptions = false,
		description = "'stamp' the revision table with the given revision; don't run any migrations.",
		footerHeading = "%nExamples%n",
		footer = { "  migration stamp head                 # the database already has every change",
				"  migration stamp 27c6a30d7c24         # mark a known revision after a manual fix",
				"  migration stamp --purge head         # replace rows naming revisions that no longer exist",
				"  migration stamp base                 # empty the version table",
				"  migration stamp head --sql --dialect postgresql" })
public final class StampCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Spec
	private @Nullable CommandSpec spec;

	@Parameters(paramLabel = "REVISION", arity = "1..*",
			description = "Revisions to stamp: head, heads, revisions, base; with --sql, FROM:TO.")
	private List<String> targets = new ArrayList<>();

	@Option(names = "--purge", description = "Empty the version table first, even of revisions no file defines.")
	private boolean purge;

	@Option(names = "--sql", description = "Print the SQL instead of running it; no database is connected to.")
	private boolean sql;

	@Option(names = { "-v", "--verbose" }, description = "Print the settings.")
	private boolean verbose;

	@Override
	public Integer call() {
		MigrationCommand root = Commands.root(this.root);
		if (this.purge && this.sql) {
			throw new ParameterException(Commands.spec(this.spec).commandLine(), "Can't use --purge with --sql mode");
		}
		Workspace workspace = Runs.prepare(root, this.verbose, !this.sql);
		if (this.sql) {
			root.invocation().out().print(workspace.migrator().stampSql(this.targets, workspace.offlineDialect()));
			return 0;
		}
		Runs.summarize(root.invocation(), workspace.migrator().stamp(this.targets, this.purge));
		return 0;
	}

}
