package dev.migration.revision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays thousands of upgrades, downgrades, stamps and history walks that Alembic 1.8.1 itself
 * planned over random graphs (see {@code src/test/alembic/generate_golden.py}) and checks that the
 * engine runs the same revisions in the same order, leaves the same rows after every step, and
 * refuses the same requests with the same messages.
 */
class AlembicGoldenTests {

	@Test
	void plansMatchAlembic() throws IOException {
		List<String> failures = new ArrayList<>();
		int cases = 0;
		RevisionGraph graph = null;
		String graphLine = null;
		try (InputStream in = getClass().getResourceAsStream("/alembic-golden.txt")) {
			assertThat(in).as("alembic-golden.txt on the test classpath").isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("G ")) {
					graphLine = line;
					graph = RevisionGraph.of(parseGraph(line.substring(2)));
				}
				else if (line.startsWith("Q ")) {
					cases++;
					String[] fields = line.substring(2).split("\t", -1);
					String expected = fields[3];
					String actual = run(graph, fields[0], fields[1], rows(fields[2]));
					if (!matches(expected, actual)) {
						failures.add(graphLine + "\n  " + fields[0] + " " + fields[1] + " from [" + fields[2]
								+ "]\n  alembic: " + expected + "\n  ours:    " + actual);
					}
				}
			}
		}
		assertThat(cases).as("golden cases").isGreaterThan(5000);
		assertThat(failures).as("cases that differ from Alembic").isEmpty();
	}

	private static boolean matches(String expected, String actual) {
		if (expected.equals("E RESOLUTION")) {
			return actual.startsWith("E ");
		}
		if (expected.equals("E Ambiguous walk")) {
			// Alembic's words, then where the walk forked and what to write instead.
			return actual.startsWith("E Ambiguous walk: ");
		}
		return expected.equals(actual);
	}

	private static String run(RevisionGraph graph, String op, String target, List<String> current) {
		try {
			if (op.equals("hist")) {
				String[] range = target.split(":", -1);
				List<Revision> history = graph.history(
						RevisionGraph.HistoryBound.of(range[0].isEmpty() ? "base" : range[0]),
						RevisionGraph.HistoryBound.of(range[1].isEmpty() ? "heads" : range[1]));
				return "H " + history.stream().map(Revision::id).collect(Collectors.joining(" "));
			}
			Plan plan = switch (op) {
				case "up" -> graph.planUpgrade(current, target);
				case "down" -> graph.planDowngrade(current, target);
				case "stamp" -> graph.planStamp(current, Arrays.asList(target.split(",")), false);
				default -> throw new IllegalArgumentException(op);
			};
			return describe(plan, current);
		}
		catch (RevisionException ex) {
			return "E " + ex.getMessage();
		}
	}

	/** The revisions run and the rows after each step, applying the version changes to a table. */
	private static String describe(Plan plan, List<String> current) {
		TreeSet<String> rows = new TreeSet<>(current);
		List<String> steps = new ArrayList<>();
		for (Step step : plan.steps()) {
			for (VersionChange change : step.versionChanges()) {
				if (change instanceof VersionChange.Insert insert) {
					assertThat(rows.add(insert.version())).as("%s inserts a new row", change).isTrue();
				}
				else if (change instanceof VersionChange.Delete delete) {
					assertThat(rows.remove(delete.version())).as("%s matches a row", change).isTrue();
				}
				else if (change instanceof VersionChange.Update update) {
					assertThat(rows.remove(update.from())).as("%s matches a row", change).isTrue();
					rows.add(update.to());
				}
			}
			String name = (step.revision() != null) ? step.revision().id() : "-";
			steps.add(name + "{" + String.join(",", rows) + "}");
		}
		assertThat(new TreeSet<>(plan.toHeads())).isEqualTo(rows);
		return "P " + String.join(" ", steps) + " => " + String.join(",", rows);
	}

	static List<Revision> parseGraph(String text) {
		List<Revision> revisions = new ArrayList<>();
		for (String entry : text.split(";")) {
			String[] idAndRest = entry.split(":", -1);
			String[] parts = idAndRest[1].split("\\|", -1);
			Revision revision = Revision.of(idAndRest[0], list(parts[0]).toArray(new String[0]));
			revision = revision.withDependsOn(list(parts[1]).toArray(new String[0]));
			revision = revision.withBranchLabels(list(parts[2]).toArray(new String[0]));
			revisions.add(revision);
		}
		return revisions;
	}

	private static List<String> rows(String text) {
		return list(text);
	}

	private static List<String> list(String text) {
		return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
	}

}
