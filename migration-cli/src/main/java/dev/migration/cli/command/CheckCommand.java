package dev.migration.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.RevisionStatus;
import dev.migration.cli.MigrationCli;
import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.lint.LintFinding;
import dev.migration.lint.LintReport;
import dev.migration.lint.Linter;
import dev.migration.lint.Severity;
import dev.migration.revision.RevisionGraph;
import dev.migration.verify.RoundTripResult;
import dev.migration.verify.RoundTripVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: for CI, whether the database is up to date with the revision files and the
 * revisions follow the rules. Fails, with each reason on a line of its own, when revisions are
 * pending, an applied revision's file changed, the database holds a revision no file defines, or
 * the lint finds an error (several heads not told apart by branch labels, a revision without a
 * downgrade, data loss not acknowledged, ...); with {@code --roundtrip}, also when a revision's
 * downgrade does not restore the schema.
 */
@Command(name = "check", sortOptions = false,
		description = "Check that the database is at the heads with nothing pending, changed or missing, and lint the "
				+ "revisions.",
		footerHeading = "%nExamples%n",
		footer = { "  migration check                 # exit status 0 when up to date and no lint error, 1 otherwise",
				"  migration check --roundtrip     # also upgrade, downgrade and upgrade each revision in a scratch schema",
				"  migration check --json", "",
				"Several heads are a problem unless each carries a branch label of its own; merge them with: "
						+ "migration merge heads -m \"Merge heads\"" })
public final class CheckCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Option(names = "--json",
			description = "Print JSON: {\"ok\", \"problems\", \"warnings\", \"current\", \"heads\", \"pending\"}.")
	private boolean json;

	@Option(names = "--roundtrip", description = "Also upgrade, downgrade and upgrade again every revision in a "
			+ "scratch schema of the database (dropped afterwards), and fail at the first downgrade that does not "
			+ "restore the schema.")
	private boolean roundtrip;

	@Option(names = "--no-lint", description = "Do not lint the revisions.")
	private boolean noLint;

	@Override
	public Integer call() {
		MigrationCommand root = Commands.root(this.root);
		Workspace workspace = root.workspace();
		workspace.requireDatabase();
		Migrator migrator = workspace.migrator();
		RevisionGraph graph = migrator.graph();
		List<String> problems = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (!this.noLint) {
			LintReport lint = Linter.forDatabase(workspace.databaseKind()).lint(migrator);
			for (LintFinding finding : lint.findings()) {
				(finding.severity() == Severity.ERROR ? problems : warnings).add(finding.describe());
			}
		}
		MigrationStatus status = migrator.status();
		problems.addAll(migrator.validate(status));
		if (this.roundtrip) {
			RoundTripResult result = RoundTripVerifier.of(migrator).verifyInScratchSchema(workspace.database());
			if (!result.passed()) {
				problems.add(result.describe());
			}
		}
		PrintWriter out = root.invocation().out();
		if (!this.json) {
			for (String warning : warnings) {
				out.println(warning.replace("\n", "\n  "));
			}
		}
		if (this.json) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("ok", problems.isEmpty());
			document.put("problems", problems);
			document.put("warnings", warnings);
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

}
