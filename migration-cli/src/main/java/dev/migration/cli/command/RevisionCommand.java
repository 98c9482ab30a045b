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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code revision}: writes a new revision file, ready to edit, that follows the head.
 */
@Command(name = "revision", sortOptions = false, description = "Create a new revision file.",
		footerHeading = "%nExamples%n",
		footer = { "  migration revision -m \"Add claude_session_id to session table\"",
				"  migration revision -m \"Create conversations table\" --format yaml",
				"  migration revision -m \"Migrate status\" --format java --version-path src/main/java/com/example/db",
				"  migration revision -m \"Start audit branch\" --head base --branch-label audit",
				"  migration revision -m \"Fix on an old release\" --head 27c6a30d7c24 --splice", "",
				"The file is named {yyyyMMdd}_{HHmm}_{rev}_{slug}.{ext}. With several heads, name the one to follow "
						+ "with --head, or merge them first (migration merge heads)." })
public final class RevisionCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Spec
	private @Nullable CommandSpec spec;

	@Option(names = { "-m", "--message" }, paramLabel = "MESSAGE", description = "Message of the revision.")
	private @Nullable String message;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
			description = "File format: sql, yaml or java. Default: ${DEFAULT-VALUE}.")
	private String format = "sql";

	@Option(names = "--rev-id", paramLabel = "ID", description = "Revision id to use instead of a random one.")
	private @Nullable String revisionId;

	@Option(names = "--head", paramLabel = "REV", defaultValue = "head",
			description = "Revision the new one follows: a head, 'base' for a new base, label@head. Default: "
					+ "${DEFAULT-VALUE}.")
	private String head = "head";

	@Option(names = "--splice", description = "Allow --head to name a revision that is not a head: starts a branch.")
	private boolean splice;

	@Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label of the new revision.")
	private @Nullable String branchLabel;

	@Option(names = "--depends-on", paramLabel = "REV",
			description = "Revision or branch label the new revision depends on; may be repeated.")
	private List<String> dependsOn = new ArrayList<>();

	@Option(names = "--version-path", paramLabel = "DIR",
			description = "Folder to write the file to, inside a revision location (for Java: a package folder).")
	private @Nullable String versionPath;

	@Option(names = "--autogenerate", hidden = true)
	private boolean autogenerate;

	@Override
	public Integer call() {
		MigrationCommand root = Commands.root(this.root);
		if (this.autogenerate) {
			throw new ParameterException(Commands.spec(this.spec).commandLine(), "--autogenerate is not supported: "
					+ "there are no models to compare with. Write the revision's statements yourself: "
					+ "migration revision -m \"...\"");
		}
		RevisionTemplate template = RevisionTemplate.named(this.format);
		RevisionScaffold.Request request = new RevisionScaffold.Request(
				(this.message != null) ? this.message : "empty message", template, this.revisionId, List.of(this.head),
				this.splice, Commands.split(this.branchLabel), Commands.split(this.dependsOn), this.versionPath, false);
		Path file = new RevisionScaffold(root.workspace()).create(request,
				LocalDateTime.now(root.invocation().clock()));
		root.invocation().out().println("Generating " + file + " ...  done");
		return 0;
	}

}
