package dev.migration.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.cli.output.RevisionFormat;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;
import dev.migration.revision.RevisionGraph.HistoryBound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code branches}: the branch points, each with the revisions it branches into.
 */
@Command(name = "branches", sortOptions = false, description = "Show current branch points.",
		footerHeading = "%nExamples%n", footer = { "  migration branches", "  migration branches -v",
				"  migration branches --json" })
public final class BranchesCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	private boolean verbose;

	@Option(names = "--json", description = "Print JSON: {\"branchPoints\": [...]}, each with its children.")
	private boolean json;

	@Override
	public Integer call() {
		Workspace workspace = Commands.root(this.root).workspace();
		RevisionGraph graph = workspace.graph();
		List<Revision> branchPoints = new ArrayList<>();
		for (Revision revision : graph.history(HistoryBound.of("base"), HistoryBound.of("heads"))) {
			if (graph.isBranchPoint(revision.id())) {
				branchPoints.add(revision);
			}
		}
		if (this.json) {
			Commands.printJson(workspace, "branchPoints", branchPoints, null);
			return 0;
		}
		PrintWriter out = workspace.invocation().out();
		RevisionFormat format = Commands.format(workspace, Set.of());
		RevisionFormat.Parts childParts = new RevisionFormat.Parts(true, this.verbose, false, true);
		for (Revision branchPoint : branchPoints) {
			StringBuilder text = new StringBuilder(format.format(branchPoint, this.verbose, RevisionFormat.Parts.BRANCH_POINT));
			text.append('\n');
			List<String> children = graph.children(branchPoint.id());
			String indent = " ".repeat(branchPoint.id().length());
			for (int i = 0; i < children.size(); i++) {
				text.append(indent).append(" -> ").append(format.line(graph.get(children.get(i)), childParts));
				text.append((i < children.size() - 1) ? "\n" : "");
			}
			text.append('\n');
			out.println(text);
		}
		return 0;
	}

}
