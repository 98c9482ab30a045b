package dev.migration.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.cli.MigrationCommand;
import dev.migration.cli.scaffold.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code init}: creates the revisions folder and a {@code migration.properties} with the settings
 * commented out.
 */
@Command(name = "init", description = "Create the revisions folder and migration.properties.",
		footerHeading = "%nExamples%n",
		footer = { "  migration init                      # src/main/resources/db/revisions",
				"  migration init db/migrations       # a folder of your choice (a filesystem: location)" })
public final class InitCommand implements Callable<Integer> {

	@ParentCommand
	private @Nullable MigrationCommand root;

	@Parameters(paramLabel = "DIRECTORY", arity = "0..1", defaultValue = ProjectFiles.DEFAULT_FOLDER,
			description = "Folder of the revision files. Default: ${DEFAULT-VALUE}.")
	private String directory = ProjectFiles.DEFAULT_FOLDER;

	@Override
	public Integer call() throws IOException {
		MigrationCommand root = Commands.root(this.root);
		Path workingDirectory = root.invocation().workingDirectory();
		PrintWriter out = root.invocation().out();
		Path folder = workingDirectory.resolve(this.directory).normalize();
		if (Files.isDirectory(folder) && !isEmpty(folder)) {
			throw new MigrationException("Directory " + folder + " already exists and is not empty");
		}
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			out.println("Creating directory " + folder + " ...  done");
		}
		Path properties = workingDirectory.resolve(ProjectFiles.PROPERTIES);
		if (Files.exists(properties)) {
			out.println("File " + properties + " already exists, skipping");
		}
		else {
			Files.writeString(properties, ProjectFiles.properties(workingDirectory, folder));
			out.println("Generating " + properties + " ...  done");
		}
		out.println("Please edit configuration/connection settings in '" + properties + "' before proceeding.");
		return 0;
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

}
