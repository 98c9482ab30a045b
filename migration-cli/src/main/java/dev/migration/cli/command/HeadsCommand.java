package dev.migration.cli.command;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.cli.output.RevisionFormat;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code heads}: the revisions nothing follows.
 */
@Command(name = "heads", sortOptions = false, description = "Show current available heads in the script directory.",
		footerHeading = "%nExamples%n", footer = { "  migration heads", "  migration heads -v", "  migration heads --json" })
public final class HeadsCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	private boolean verbose;

	@Option(names = "--resolve-dependencies",
			description = "Treat dependency versions as down revisions: leave out heads others depend on.")
	private boolean resolveDependencies;

	@Option(names = "--json", description = "Print JSON: {\"heads\": [...]}.")
	private boolean json;

	@Override
	public Integer call() {
		Workspace workspace = Commands.root(this.root).workspace();
		RevisionGraph graph = workspace.graph();
		List<Revision> heads = (this.resolveDependencies ? graph.realHeads() : graph.heads()).stream()
			.map(graph::get)
			.toList();
		if (this.json) {
			Commands.printJson(workspace, "heads", heads, null);
		}
		else {
			Commands.print(workspace, heads, this.verbose, RevisionFormat.Parts.HEADS, Set.of());
		}
		return 0;
	}

}
