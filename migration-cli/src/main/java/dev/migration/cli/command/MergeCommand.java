package dev.migration.cli.command;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.scaffold.RevisionScaffold;
import dev.migration.cli.scaffold.RevisionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code merge}: writes a revision that merges several heads into one.
 */
@Command(name = "merge", sortOptions = false, description = "Merge two or more revisions into a new revision.",
		footerHeading = "%nExamples%n",
		footer = { "  migration merge heads -m \"Merge heads\"",
				"  migration merge -m \"Merge migrations\" 3b6a0e4ce6b9 4fe1e2a0b1a7" })
public final class MergeCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to merge, or 'heads' for all heads.")
	private List<String> revisions = new ArrayList<>();

	@Option(names = { "-m", "--message" }, paramLabel = "MESSAGE", description = "Message of the merge revision.")
	private @Nullable String message;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
			description = "File format: sql, yaml or java. Default: ${DEFAULT-VALUE}.")
	private String format = "sql";

	@Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label of the merge revision.")
	private @Nullable String branchLabel;

	@Option(names = "--rev-id", paramLabel = "ID", description = "Revision id to use instead of a random one.")
	private @Nullable String revisionId;

	@Option(names = "--version-path", paramLabel = "DIR", description = "Folder to write the file to.")
	private @Nullable String versionPath;

	@Override
	public Integer call() {
		MigrationCommand root = Commands.root(this.root);
		RevisionScaffold.Request request = new RevisionScaffold.Request(
				(this.message != null) ? this.message : "empty message", RevisionTemplate.named(this.format),
				this.revisionId, this.revisions, false, Commands.split(this.branchLabel), List.of(), this.versionPath,
				true);
		Path file = new RevisionScaffold(root.workspace()).create(request,
				LocalDateTime.now(root.invocation().clock()));
		root.invocation().out().println("Generating " + file + " ...  done");
		return 0;
	}

}
