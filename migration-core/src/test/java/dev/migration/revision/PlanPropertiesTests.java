package dev.migration.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties every plan keeps, over random graphs. Each seed is one graph and a series of
 * commands; a failure names its seed, so {@code RandomGraphs.generate(seed, size)} reproduces it.
 */
class PlanPropertiesTests {

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void upgradingToHeadsFromNothingRunsEveryRevisionOnceParentsFirst(long seed) {
		RevisionGraph graph = graph(seed);
		Plan plan = graph.planUpgrade(List.of(), "heads");
		Set<String> done = new HashSet<>();
		for (Step step : plan.steps()) {
			String id = step.revision().id();
			assertThat(done).as("seed %d: parents of %s ran before it", seed, id)
				.containsAll(graph.normalizedDownRevisions(id));
			assertThat(done.add(id)).as("seed %d: %s runs once", seed, id).isTrue();
		}
		assertThat(done).hasSize(graph.size());
		assertThat(plan.toHeads()).containsExactlyInAnyOrderElementsOf(graph.realHeads());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyStepKeepsOneRowPerHeadOfWhatIsApplied(long seed) {
		RevisionGraph graph = graph(seed);
		Random random = new Random(seed);
		List<String> ids = graph.revisions().stream().map(Revision::id).toList();
		List<String> rows = List.of();
		for (int command = 0; command < 12; command++) {
			String target = ids.get(random.nextInt(ids.size()));
			Plan plan;
			try {
				plan = switch (random.nextInt(3)) {
					case 0 -> graph.planUpgrade(rows, random.nextBoolean() ? target : "heads");
					case 1 -> graph.planDowngrade(rows, random.nextInt(4) == 0 ? "base" : target);
					default -> graph.planStamp(rows, List.of(target), false);
				};
			}
			catch (RevisionException refused) {
				continue;
			}
			rows = checkSteps(graph, rows, plan, seed);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void upgradeThenDowngradeReturnsToTheStart(long seed) {
		RevisionGraph graph = graph(seed);
		List<String> ids = graph.revisions().stream().map(Revision::id).toList();
		String start = ids.get(new Random(seed).nextInt(ids.size()));
		List<String> rows = graph.planUpgrade(List.of(), start).toHeads();
		Set<String> before = RandomGraphs.applied(graph, rows);
		Plan up = graph.planUpgrade(rows, "heads");
		List<String> top = checkSteps(graph, rows, up, seed);
		Plan down = graph.planDowngrade(top, "base");
		List<String> bottom = checkSteps(graph, top, down, seed);
		assertThat(bottom).isEmpty();
		Set<String> downgraded = new HashSet<>();
		down.steps().forEach((step) -> downgraded.add(step.revision().id()));
		assertThat(downgraded).as("seed %d: downgrade base undoes everything applied", seed)
			.isEqualTo(RandomGraphs.applied(graph, top));
		Plan again = graph.planUpgrade(List.of(), start);
		assertThat(RandomGraphs.applied(graph, again.toHeads())).isEqualTo(before);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void planningIsDeterministic(long seed) {
		List<Revision> revisions = RandomGraphs.generate(seed, 40);
		RevisionGraph first = RevisionGraph.of(revisions);
		RevisionGraph second = RevisionGraph.of(new ArrayList<>(revisions));
		assertThat(second.planUpgrade(List.of(), "heads")).isEqualTo(first.planUpgrade(List.of(), "heads"));
		List<String> top = first.planUpgrade(List.of(), "heads").toHeads();
		assertThat(second.planDowngrade(top, "base")).isEqualTo(first.planDowngrade(top, "base"));
		assertThat(second.history(RevisionGraph.HistoryBound.of("base"), RevisionGraph.HistoryBound.of("heads")))
			.isEqualTo(first.history(RevisionGraph.HistoryBound.of("base"), RevisionGraph.HistoryBound.of("heads")));
	}

	/**
	 * Applies each step's version changes to a table, checking that every UPDATE and DELETE hits
	 * exactly one row, and that afterwards the rows are exactly the heads of what is applied.
	 */
	private static List<String> checkSteps(RevisionGraph graph, List<String> rows, Plan plan, long seed) {
		assertThat(plan.fromHeads()).containsExactlyInAnyOrderElementsOf(rows);
		TreeSet<String> table = new TreeSet<>(rows);
		Set<String> applied = RandomGraphs.applied(graph, rows);
		for (Step step : plan.steps()) {
			for (VersionChange change : step.versionChanges()) {
				if (change instanceof VersionChange.Insert insert) {
					assertThat(table.add(insert.version())).as("seed %d: %s", seed, change).isTrue();
				}
				else if (change instanceof VersionChange.Delete delete) {
					assertThat(table.remove(delete.version())).as("seed %d: %s hits a row", seed, change).isTrue();
				}
				else if (change instanceof VersionChange.Update update) {
					assertThat(table.remove(update.from())).as("seed %d: %s hits a row", seed, change).isTrue();
					assertThat(table.add(update.to())).as("seed %d: %s", seed, change).isTrue();
				}
			}
			if (step.kind() == Step.Kind.STAMP) {
				applied = RandomGraphs.applied(graph, List.copyOf(table));
			}
			else if (step.kind() == Step.Kind.UPGRADE) {
				assertThat(applied).as("seed %d: parents of %s applied first", seed, step.revision().id())
					.containsAll(graph.normalizedDownRevisions(step.revision().id()));
				applied.add(step.revision().id());
			}
			else {
				applied.remove(step.revision().id());
			}
			assertThat(table).as("seed %d: rows after %s", seed, step.describe())
				.isEqualTo(new TreeSet<>(RandomGraphs.heads(graph, applied)));
		}
		assertThat(plan.toHeads()).containsExactlyInAnyOrderElementsOf(table);
		return List.copyOf(table);
	}

	private static RevisionGraph graph(long seed) {
		return RevisionGraph.of(RandomGraphs.generate(seed, 5 + (int) (seed % 40)));
	}

}
