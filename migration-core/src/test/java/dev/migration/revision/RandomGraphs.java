package dev.migration.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random but valid revision graphs for property tests: several bases, branches, merges of
 * unrelated revisions, dependencies, branch labels, and a load order shuffled away from the order
 * of creation. The same seed always gives the same graph.
 */
final class RandomGraphs {

	private RandomGraphs() {
	}

	static List<Revision> generate(long seed, int size) {
		Random random = new Random(seed);
		List<Revision> created = new ArrayList<>(size);
		List<BitSet> ancestors = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			String id = String.format("r%03d", i);
			List<String> downs = new ArrayList<>();
			BitSet below = new BitSet();
			double pick = random.nextDouble();
			if (i > 0 && pick >= 0.08) {
				int first = Math.max(0, i - 1 - random.nextInt(Math.min(i, 6)));
				downs.add(created.get(first).id());
				below.or(ancestors.get(first));
				below.set(first);
				if (pick < 0.25 && i >= 2) {
					int second = random.nextInt(i);
					if (second != first && !ancestors.get(first).get(second) && !ancestors.get(second).get(first)) {
						downs.add(created.get(second).id());
						below.or(ancestors.get(second));
						below.set(second);
					}
				}
			}
			Revision revision = new Revision(id, downs, List.of(), List.of(), "revision " + i, null, id + ".sql");
			if (i > 0 && random.nextDouble() < 0.08) {
				int dependency = random.nextInt(i);
				if (!downs.contains(created.get(dependency).id())) {
					revision = revision.withDependsOn(created.get(dependency).id());
					below.or(ancestors.get(dependency));
					below.set(dependency);
				}
			}
			if (random.nextDouble() < 0.05) {
				revision = revision.withBranchLabels("label" + i);
			}
			created.add(revision);
			ancestors.add(below);
		}
		List<Revision> loadOrder = new ArrayList<>(created);
		Collections.shuffle(loadOrder, random);
		return loadOrder;
	}

	/** The applied set that the given rows stand for: the rows and all their ancestors. */
	static Set<String> applied(RevisionGraph graph, List<String> rows) {
		Set<String> applied = new HashSet<>();
		List<String> todo = new ArrayList<>(rows);
		while (!todo.isEmpty()) {
			String id = todo.remove(todo.size() - 1);
			if (applied.add(id)) {
				todo.addAll(graph.normalizedDownRevisions(id));
			}
		}
		return applied;
	}

	/** The revisions of an applied set that nothing else in the set follows or depends on. */
	static Set<String> heads(RevisionGraph graph, Set<String> applied) {
		Set<String> heads = new HashSet<>(applied);
		for (String id : applied) {
			heads.removeAll(graph.normalizedDownRevisions(id));
		}
		return heads;
	}

}
