package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for tests that work on a project folder: find what {@code revision} wrote, fill in
 * its SQL, write revision files by hand.
 */
final class Projects {

	private static final Pattern GENERATING = Pattern.compile("Generating (\\S+) \\.\\.\\.  done");

	private Projects() {
	}

	/** The file named by the {@code Generating ... done} line of a command's output. */
	static Path generated(MigrationCli.Result result) {
		Matcher matcher = GENERATING.matcher(result.out());
		assertThat(matcher.find()).as("a 'Generating ... done' line in %s", result).isTrue();
		return Path.of(matcher.group(1));
	}

	/** The id on the {@code -- revision:} line of a SQL revision file. */
	static String revisionId(Path file) throws IOException {
		Matcher matcher = Pattern.compile("(?m)^-- revision: (\\S+)$").matcher(Files.readString(file));
		assertThat(matcher.find()).as("a revision line in %s", file).isTrue();
		return matcher.group(1);
	}

	/** The id on the {@code revision:} line of a YAML revision file. */
	static String yamlRevisionId(Path file) throws IOException {
		Matcher matcher = Pattern.compile("(?m)^revision: (\\S+)$").matcher(Files.readString(file));
		assertThat(matcher.find()).as("a revision line in %s", file).isTrue();
		return matcher.group(1);
	}

	/** Writes the upgrade and downgrade statements into a SQL revision that {@code revision} generated. */
	static void fill(Path file, String upgrade, String downgrade) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains("-- upgrade\n\n\n-- downgrade\n");
		Files.writeString(file, text.replace("-- upgrade\n\n\n-- downgrade\n",
				"-- upgrade\n" + upgrade + "\n\n-- downgrade\n" + downgrade + "\n"));
	}

	/** Writes a SQL revision file. */
	static Path sqlRevision(Path folder, String fileName, String id, String downRevision, String message,
			String upgrade, String downgrade) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(fileName), "-- revision: " + id + "\n-- down_revision: " + downRevision
				+ "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n\n-- downgrade\n" + downgrade + "\n");
	}

}
