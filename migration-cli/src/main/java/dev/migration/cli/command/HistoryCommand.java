package dev.migration.cli.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.cli.output.RevisionFormat;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph.HistoryBound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code history}: the revisions, newest first.
 */
@Command(name = "history", sortOptions = false, description = "List changeset scripts in chronological order.",
		footerHeading = "%nExamples%n",
		footer = { "  migration history", "  migration history --verbose",
				"  migration history -i            # mark the current revisions",
				"  migration history -r base:head", "  migration history -r current:   # what an upgrade would add",
				"  migration history -r -3:        # the last three", "  migration history -r :27c6a30d7c24",
				"  migration history --json" })
public final class HistoryCommand implements Callable<Integer> {

	private static final String RANGE_SHAPES = "History range requires [start]:[end], [start]:, or :[end]";

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Spec
	private @Nullable CommandSpec spec;

	@Option(names = { "-r", "--rev-range" }, paramLabel = "RANGE",
			description = "Range of revisions: [start]:[end], e.g. base:head, current:, -3:, :ae10.")
	private @Nullable String range;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	private boolean verbose;

	@Option(names = { "-i", "--indicate-current" }, description = "Indicate the current revision.")
	private boolean indicateCurrent;

	@Option(names = "--json", description = "Print JSON: {\"history\": [...]}, newest first.")
	private boolean json;

	@Override
	public Integer call() {
		Workspace workspace = Commands.root(this.root).workspace();
		String lower = "base";
		String upper = "heads";
		if (this.range != null) {
			String[] bounds = this.range.strip().split(":", -1);
			if (bounds.length != 2) {
				throw new ParameterException(Commands.spec(this.spec).commandLine(), RANGE_SHAPES);
			}
			lower = bounds[0].isEmpty() ? lower : bounds[0];
			upper = bounds[1].isEmpty() ? upper : bounds[1];
		}
		boolean readsDatabase = this.indicateCurrent || lower.equals("current") || upper.equals("current");
		List<String> rows = List.of();
		if (readsDatabase) {
			workspace.requireDatabase();
			rows = workspace.migrator().currentRows();
		}
		List<Revision> history = workspace.graph().history(bound(lower, rows), bound(upper, rows));
		Set<String> current = this.indicateCurrent ? new LinkedHashSet<>(rows) : Set.of();
		if (this.json) {
			Commands.printJson(workspace, "history", history, this.indicateCurrent ? current : null);
		}
		else {
			Commands.print(workspace, history, this.verbose, RevisionFormat.Parts.HISTORY, current);
		}
		return 0;
	}

	private static HistoryBound bound(String identifier, List<String> rows) {
		return identifier.equals("current") ? HistoryBound.current(rows) : HistoryBound.of(identifier);
	}

}
