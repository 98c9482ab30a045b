package dev.migration.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.RevisionStatus;
import dev.migration.cli.MigrationCli;
import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: for CI, whether the database is up to date with the revision files. Fails, with
 * each reason on a line of its own, when revisions are pending, when the revisions have several
 * heads (not told apart by branch labels), when an applied revision's file changed, or when the
 * database holds a revision no file defines.
 */
@Command(name = "check", sortOptions = false,
		description = "Check that the database is at the single head, with nothing pending, changed or missing.",
		footerHeading = "%nExamples%n",
		footer = { "  migration check                 # exit status 0 when up to date, 1 otherwise",
				"  migration check --json", "",
				"Several heads are a problem unless each carries a branch label of its own; merge them with: "
						+ "migration merge heads -m \"Merge heads\"" })
public final class CheckCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Option(names = "--json", description = "Print JSON: {\"ok\", \"problems\", \"current\", \"heads\", \"pending\"}.")
	private boolean json;

	@Override
	public Integer call() {
		MigrationCommand root = Commands.root(this.root);
		Workspace workspace = root.workspace();
		workspace.requireDatabase();
		Migrator migrator = workspace.migrator();
		RevisionGraph graph = migrator.graph();
		List<String> problems = new ArrayList<>();
		String heads = multipleHeads(graph);
		if (heads != null) {
			problems.add(heads);
		}
		MigrationStatus status = migrator.status();
		problems.addAll(migrator.validate(status));
		PrintWriter out = root.invocation().out();
		if (this.json) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("ok", problems.isEmpty());
			document.put("problems", problems);
			document.put("current", status.current());
			document.put("heads", graph.heads());
			document.put("pending", status.pending().stream().map(RevisionStatus::revision).toList());
			Commands.printJson(workspace, document);
		}
		if (problems.isEmpty()) {
			if (!this.json) {
				int count = graph.size();
				out.println(root.invocation().styles().ok("OK:") + " the database is up to date at "
						+ Commands.rows(status.current()) + " (" + count + ((count == 1) ? " revision" : " revisions")
						+ ", nothing pending)");
			}
			return 0;
		}
		PrintWriter err = root.invocation().err();
		err.println(root.invocation().styles().failed("FAILED:") + " the database is not up to date with the revision "
				+ "files (" + problems.size() + ((problems.size() == 1) ? " problem" : " problems") + "):");
		for (String problem : problems) {
			err.println("  " + problem.replace("\n", "\n  "));
		}
		return MigrationCli.FAILED;
	}

	/**
	 * The revisions nothing follows or depends on, when there are several and branch labels do
	 * not tell each apart: the sign of two lines of work that need a merge.
	 */
	private static @Nullable String multipleHeads(RevisionGraph graph) {
		List<String> heads = graph.realHeads();
		if (heads.size() < 2) {
			return null;
		}
		boolean allNamed = true;
		for (String head : heads) {
			Set<String> own = new HashSet<>(graph.branchLabels(head));
			for (String other : heads) {
				if (!other.equals(head)) {
					own.removeAll(graph.branchLabels(other));
				}
			}
			allNamed &= !own.isEmpty();
		}
		if (allNamed) {
			return null;
		}
		return "Multiple heads are present (" + String.join(", ", heads) + "); merge them with: migration merge "
				+ "heads -m \"Merge heads\"";
	}

}
