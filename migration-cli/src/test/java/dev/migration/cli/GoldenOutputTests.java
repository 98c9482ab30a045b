package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The command line prints, line for line, what Alembic 1.8.1 prints for the same graphs: one with
 * a branch point, a merge point, two branch labels, dependencies, an effective head and three
 * bases ({@code branched}), and a straight line for relative ranges ({@code linear}). The expected
 * text was recorded from Alembic by {@code src/test/alembic/generate_goldens.py}; it lives in
 * {@code src/test/resources/golden/<graph>/alembic}, with the revision files (the same graph, as
 * SQL) in {@code golden/<graph>/revisions}.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class GoldenOutputTests {

	private static final List<String> GRAPHS = List.of("branched", "linear");

	private static final String AMBIGUOUS_WALK = "FAILED: Ambiguous walk\n";

	@TempDir
	static Path projects;

	@BeforeAll
	static void copyRevisions() throws IOException {
		for (String graph : GRAPHS) {
			Path revisions = revisions(graph);
			Files.createDirectories(revisions);
			for (String line : resource("golden/" + graph + "/revisions/index.txt").split("\n")) {
				Files.writeString(revisions.resolve(line), resource("golden/" + graph + "/revisions/" + line));
			}
		}
	}

	private static Path revisions(String graph) {
		return projects.resolve(graph).resolve("src/main/resources/db/revisions");
	}

	static Stream<Arguments> commands() throws IOException {
		List<Arguments> commands = new ArrayList<>();
		for (String graph : GRAPHS) {
			for (String line : resource("golden/" + graph + "/alembic/commands.txt").split("\n")) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] fields = line.split("\\|", -1);
				commands.add(Arguments.of(graph, fields[0], fields[1], fields[2].equals("1"), fields[3]));
			}
		}
		return commands.stream();
	}

	@ParameterizedTest(name = "{0}/{1}: migration {4}")
	@MethodSource("commands")
	void printsWhatAlembicPrints(String graph, String name, String state, boolean fails, String command,
			TestDatabase classDatabase) throws IOException, SQLException {
		// Each graph has a database of its own: its version table must not hold the other's revisions.
		TestDatabase db = databases.computeIfAbsent(graph, (key) -> sibling(classDatabase));
		Cli cli = Cli.connectedTo(db, projects.resolve(graph));
		if (!state.isEmpty()) {
			List<String> stamp = new ArrayList<>(List.of("stamp", "--purge"));
			stamp.addAll(List.of(state.split(" ")));
			assertThat(cli.run(stamp.toArray(String[]::new)).exitCode()).isZero();
		}
		MigrationCli.Result result = cli.run(command.split(" "));
		String expected = resource("golden/" + graph + "/alembic/" + name + ".txt");
		if (fails) {
			assertThat(result.exitCode()).isEqualTo(1);
			String err = normalized(result.err(), graph, db);
			if (expected.equals(AMBIGUOUS_WALK)) {
				// Alembic's words, then where the walk forked and what to write instead.
				assertThat(err).startsWith(AMBIGUOUS_WALK.strip() + ": ").endsWith("\n").hasLineCount(1);
			}
			else {
				assertThat(err).isEqualTo(expected);
			}
			assertThat(result.out()).isEmpty();
		}
		else {
			assertThat(result.err()).isEmpty();
			assertThat(normalized(result.out(), graph, db)).isEqualTo(expected);
			assertThat(result.exitCode()).isZero();
		}
	}

	private static final Map<String, TestDatabase> databases = new HashMap<>();

	private static TestDatabase sibling(TestDatabase db) {
		try {
			return db.createSibling();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String normalized(String output, String graph, TestDatabase db) {
		return output.replace(revisions(graph) + "/", "{revisions}/").replace(Secrets.maskUrl(db.jdbcUrl()), "{url}");
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
