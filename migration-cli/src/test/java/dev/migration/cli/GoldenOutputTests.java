package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migration.cli.config.Secrets;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

/**
 * The command line prints, line for line, what Alembic 1.8.1 prints for the same graph: a branch
 * point, a merge point, two branch labels, dependencies, an effective head and three bases. The
 * expected text was recorded from Alembic by {@code src/test/alembic/generate_goldens.py}; it
 * lives in {@code src/test/resources/golden/alembic}, with the revision files (the same graph,
 * as SQL) in {@code golden/revisions}.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class GoldenOutputTests {

	@TempDir
	static Path project;

	static Path revisions;

	@BeforeAll
	static void copyRevisions() throws IOException {
		revisions = project.resolve("src/main/resources/db/revisions");
		Files.createDirectories(revisions);
		for (String line : resource("golden/revisions/index.txt").split("\n")) {
			Files.writeString(revisions.resolve(line), resource("golden/revisions/" + line));
		}
	}

	static Stream<Arguments> commands() throws IOException {
		List<Arguments> commands = new ArrayList<>();
		for (String line : resource("golden/alembic/commands.txt").split("\n")) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\\|", -1);
			commands.add(Arguments.of(fields[0], fields[1], fields[2].equals("1"), fields[3]));
		}
		return commands.stream();
	}

	@ParameterizedTest(name = "{0}: migration {3}")
	@MethodSource("commands")
	void printsWhatAlembicPrints(String name, String state, boolean fails, String command, TestDatabase db)
			throws IOException {
		Cli cli = Cli.connectedTo(db, project);
		if (!state.isEmpty()) {
			List<String> stamp = new ArrayList<>(List.of("stamp", "--purge"));
			stamp.addAll(List.of(state.split(" ")));
			assertThat(cli.run(stamp.toArray(String[]::new)).exitCode()).isZero();
		}
		MigrationCli.Result result = cli.run(command.split(" "));
		String expected = resource("golden/alembic/" + name + ".txt");
		if (fails) {
			assertThat(result.exitCode()).isEqualTo(1);
			assertThat(normalized(result.err(), db)).isEqualTo(expected);
			assertThat(result.out()).isEmpty();
		}
		else {
			assertThat(result.err()).isEmpty();
			assertThat(normalized(result.out(), db)).isEqualTo(expected);
			assertThat(result.exitCode()).isZero();
		}
	}

	private static String normalized(String output, TestDatabase db) {
		return output.replace(revisions + "/", "{revisions}/").replace(Secrets.maskUrl(db.jdbcUrl()), "{url}");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = GoldenOutputTests.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("No test resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
