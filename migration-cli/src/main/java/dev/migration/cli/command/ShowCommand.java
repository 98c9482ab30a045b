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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code show}: a revision in full.
 */
@Command(name = "show", sortOptions = false, description = "Show the revision(s) denoted by the given symbol.",
		footerHeading = "%nExamples%n", footer = { "  migration show ae1027a6acf", "  migration show head",
				"  migration show current", "  migration show heads --json" })
public final class ShowCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Parameters(paramLabel = "REV", description = "Revision: an id or unique prefix, head, heads, label@head, current.")
	private String revision = "";

	@Option(names = "--json", description = "Print JSON: {\"revisions\": [...]}.")
	private boolean json;

	@Override
	public Integer call() {
		Workspace workspace = Commands.root(this.root).workspace();
		RevisionGraph graph = workspace.graph();
		List<Revision> revisions;
		if (this.revision.equals("current")) {
			workspace.requireDatabase();
			revisions = workspace.migrator().currentRows().stream().map(graph::get).toList();
		}
		else {
			revisions = graph.resolve(this.revision);
		}
		if (this.json) {
			Commands.printJson(workspace, "revisions", revisions, null);
		}
		else {
			Commands.print(workspace, revisions, true, RevisionFormat.Parts.HISTORY, Set.of());
		}
		return 0;
	}

}
