package dev.migration.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.cli.output.RevisionFormat;
import dev.migration.revision.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code current}: the revisions the database is at.
 */
@Command(name = "current", sortOptions = false, description = "Display the current revision for a database.",
		footerHeading = "%nExamples%n", footer = { "  migration current", "  migration current -v",
				"  migration current --json        # {\"current\": [...], \"revisions\": [...]}" })
public final class CurrentCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	private boolean verbose;

	@Option(names = "--json", description = "Print JSON: the version table's rows and their revisions.")
	private boolean json;

	@Override
	public Integer call() {
		Workspace workspace = Commands.root(this.root).workspace();
		workspace.requireDatabase();
		List<String> rows = workspace.migrator().currentRows();
		List<Revision> current = workspace.graph().current(rows);
		if (this.json) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("current", rows);
			document.put("revisions", Commands.json(workspace).of(current, null));
			Commands.printJson(workspace, document);
			return 0;
		}
		if (this.verbose) {
			workspace.invocation().out().println("Current revision(s) for " + workspace.maskedUrl() + ":");
		}
		Commands.print(workspace, current, this.verbose, RevisionFormat.Parts.CURRENT, Set.of());
		return 0;
	}

}
