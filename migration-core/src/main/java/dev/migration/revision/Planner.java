package dev.migration.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.revision.IdentifierResolver.DowngradeTarget;
import dev.migration.revision.RevisionGraph.HistoryBound;

/**
 * Plans upgrades, downgrades, stamps and history walks over a {@link RevisionGraph}, with the
 * version-table changes Alembic makes at each step.
 */
final class Planner {

	private final RevisionGraph graph;

	private final IdentifierResolver resolver;

	private final TopologicalOrder order;

	Planner(RevisionGraph graph, IdentifierResolver resolver) {
		this.graph = graph;
		this.resolver = resolver;
		this.order = new TopologicalOrder(graph);
	}

	// ---------------------------------------------------------------- upgrade

	Plan upgrade(Collection<String> currentRows, String target) {
		int[] current = this.graph.indexesOfRows(currentRows);
		int[] targets = this.resolver.upgradeTargets(current, target, true);
		BitSet required = ancestorsChecked(targets);
		BitSet have = ancestorsChecked(current);
		BitSet needs = (BitSet) required.clone();
		needs.andNot(have);
		int[] newestFirst = this.order.newestFirst(needs, targets);
		Rows rows = new Rows(current);
		List<Step> steps = new ArrayList<>(newestFirst.length);
		for (int i = newestFirst.length - 1; i >= 0; i--) {
			steps.add(upgradeStep(newestFirst[i], rows));
		}
		return new Plan(this.graph.ids(current), steps, rows.ids());
	}

	private Step upgradeStep(int revision, Rows rows) {
		int[] parents = this.graph.parents(revision);
		List<Integer> present = new ArrayList<>(parents.length);
		for (int p : parents) {
			if (rows.contains(p)) {
				present.add(p);
			}
		}
		List<VersionChange> changes = new ArrayList<>(present.size());
		String id = this.graph.id(revision);
		if (present.isEmpty()) {
			changes.add(new VersionChange.Insert(id));
			rows.add(revision);
		}
		else {
			for (int i = 0; i < present.size() - 1; i++) {
				changes.add(new VersionChange.Delete(this.graph.id(present.get(i))));
				rows.remove(present.get(i));
			}
			int last = present.get(present.size() - 1);
			changes.add(new VersionChange.Update(this.graph.id(last), id));
			rows.remove(last);
			rows.add(revision);
		}
		return new Step(Step.Kind.UPGRADE, this.graph.revision(revision), this.graph.ids(this.graph.downs(revision)),
				List.of(id), changes);
	}

	// ---------------------------------------------------------------- downgrade

	Plan downgrade(Collection<String> currentRows, String target) {
		int[] current = this.graph.indexesOfRows(currentRows);
		DowngradeTarget destination = this.resolver.downgradeTarget(current, target, true);
		int[] roots = downgradeRoots(destination);
		BitSet active = ancestorsChecked(current);
		BitSet remove = this.graph.descendants(roots, true);
		remove.and(active);
		int position = destination.position();
		if (position >= 0 && remove.isEmpty() && Arrays.stream(current).noneMatch((c) -> c == position)) {
			throw new RevisionException(
					"Destination " + target + " is not a valid downgrade target from current head(s)");
		}
		int[] order = this.order.newestFirst(remove, current);
		Rows rows = new Rows(current);
		// For each revision, how many of its children are still applied: a parent with another
		// applied child stays covered when one child is downgraded.
		int[] appliedChildren = new int[this.graph.size()];
		for (int i = active.nextSetBit(0); i >= 0; i = active.nextSetBit(i + 1)) {
			for (int p : this.graph.parents(i)) {
				appliedChildren[p]++;
			}
		}
		List<Step> steps = new ArrayList<>(order.length);
		for (int revision : order) {
			steps.add(downgradeStep(revision, rows, appliedChildren));
		}
		return new Plan(this.graph.ids(current), steps, rows.ids());
	}

	private int[] downgradeRoots(DowngradeTarget destination) {
		int[] roots = (destination.position() >= 0) ? this.graph.children(destination.position())
				: this.graph.baseIndexes();
		if (destination.branch() != null && roots.length > 1) {
			BitSet onBranch = this.graph.ancestors(new int[] { this.resolver.resolveBranch(destination.branch()) },
					false);
			roots = Arrays.stream(roots).filter(onBranch::get).toArray();
			if (roots.length == 0) {
				throw new RevisionException("Not a valid downgrade target from current heads");
			}
		}
		return roots;
	}

	private Step downgradeStep(int revision, Rows rows, int[] appliedChildren) {
		String id = this.graph.id(revision);
		if (!rows.contains(revision)) {
			throw new IllegalStateException("Downgrade of " + id + " planned while it is not a current head");
		}
		rows.remove(revision);
		int[] parents = this.graph.parents(revision);
		List<Integer> restored = new ArrayList<>(parents.length);
		for (int p : parents) {
			appliedChildren[p]--;
			if (!rows.contains(p) && appliedChildren[p] == 0) {
				restored.add(p);
			}
		}
		List<VersionChange> changes = new ArrayList<>(restored.size());
		if (restored.isEmpty()) {
			changes.add(new VersionChange.Delete(id));
		}
		else {
			for (int i = 0; i < restored.size() - 1; i++) {
				changes.add(new VersionChange.Insert(this.graph.id(restored.get(i))));
				rows.add(restored.get(i));
			}
			int last = restored.get(restored.size() - 1);
			changes.add(new VersionChange.Update(id, this.graph.id(last)));
			rows.add(last);
		}
		return new Step(Step.Kind.DOWNGRADE, this.graph.revision(revision), List.of(id),
				this.graph.ids(this.graph.downs(revision)), changes);
	}

	// ---------------------------------------------------------------- stamp

	Plan stamp(Collection<String> currentRows, List<String> targets, boolean purge) {
		try {
			return planStamp(currentRows, targets, purge);
		}
		catch (RevisionException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("Multiple head revisions")) {
				throw new RevisionException("Multiple heads are present; please specify a single target revision");
			}
			throw ex;
		}
	}

	private Plan planStamp(Collection<String> currentRows, List<String> targets, boolean purge) {
		int[] current = purge ? new int[0] : this.graph.indexesOfRows(currentRows);
		List<String> wanted = targets.isEmpty() ? List.of("base") : targets;
		Set<Integer> filtered = new LinkedHashSet<>();
		for (String target : wanted) {
			for (int head : this.resolver.filterForLineage(current, target, true)) {
				filtered.add(head);
			}
		}
		Set<Integer> destinations = new LinkedHashSet<>();
		for (String target : wanted) {
			for (int index : this.resolver.resolve(target)) {
				if (index >= 0) {
					destinations.add(index);
				}
			}
		}
		if (destinations.isEmpty()) {
			destinations.add(IdentifierResolver.BASE);
		}
		Rows rows = new Rows(current);
		List<Step> steps = new ArrayList<>();
		for (int destination : destinations) {
			if (destination < 0) {
				for (int head : filtered) {
					steps.add(stampStep(List.of(head), null, false, true, rows));
				}
				continue;
			}
			if (filtered.contains(destination) || rows.contains(destination)) {
				continue;
			}
			BitSet below = this.graph.ancestors(new int[] { destination }, true);
			BitSet above = this.graph.descendants(new int[] { destination }, true);
			List<Integer> from = new ArrayList<>(filtered);
			if (from.stream().anyMatch(above::get)) {
				steps.add(stampStep(from, destination, false, false, rows));
			}
			else if (from.stream().anyMatch(below::get)) {
				steps.add(stampStep(from, destination, true, false, rows));
			}
			else {
				steps.add(stampStep(List.of(), destination, true, true, rows));
			}
		}
		return new Plan(this.graph.ids(current), steps, rows.ids());
	}

	/** Alembic's stamp step: moves rows without running anything. */
	private Step stampStep(List<Integer> from, @Nullable Integer to, boolean upgrade, boolean branchMove, Rows rows) {
		List<VersionChange> changes = new ArrayList<>();
		boolean toMissing = to != null && !rows.contains(to);
		boolean fromMissing = from.stream().anyMatch((f) -> !rows.contains(f));
		if (!upgrade && branchMove) {
			int gone = from.get(0);
			changes.add(new VersionChange.Delete(this.graph.id(gone)));
			rows.remove(gone);
		}
		else if (upgrade && (branchMove || fromMissing) && toMissing) {
			changes.add(new VersionChange.Insert(this.graph.id(to)));
			rows.add(to);
		}
		else if (to != null && !from.isEmpty()) {
			for (int i = 0; i < from.size() - 1; i++) {
				changes.add(new VersionChange.Delete(this.graph.id(from.get(i))));
				rows.remove(from.get(i));
			}
			int last = from.get(from.size() - 1);
			changes.add(new VersionChange.Update(this.graph.id(last), this.graph.id(to)));
			rows.remove(last);
			rows.add(to);
		}
		List<String> toIds = (to != null) ? List.of(this.graph.id(to)) : List.of();
		return new Step(Step.Kind.STAMP, null, this.graph.ids(from.stream().mapToInt(Integer::intValue).toArray()),
				toIds, changes);
	}

	// ---------------------------------------------------------------- history

	int[] history(HistoryBound lower, HistoryBound upper) {
		String upperId = (upper.identifier() != null) ? upper.identifier() : "heads";
		int[] targets;
		if (upper.rows() != null) {
			targets = this.graph.indexesOfRows(upper.rows());
		}
		else {
			// Only "+N" with no symbol walks from the lower bound; resolve it only then.
			IdentifierResolver.Relative relative = IdentifierResolver.relative(upperId);
			boolean fromLower = relative != null && relative.symbol() == null && relative.steps() > 0;
			int[] start = !fromLower ? new int[0]
					: (lower.rows() != null) ? this.graph.indexesOfRows(lower.rows()) : startOf(lower.identifier());
			targets = this.resolver.upgradeTargets(start, upperId, false);
		}
		String lowerId = lower.identifier();
		if (lowerId != null && lowerId.contains("@")) {
			String branch = lowerId.substring(0, lowerId.indexOf('@'));
			int branchRevision = this.resolver.resolveOne(branch);
			if (branchRevision >= 0 && this.graph.id(branchRevision).equals(branch)) {
				Set<String> labels = this.graph.labels(branchRevision);
				if (labels.size() == 1) {
					branch = labels.iterator().next();
				}
			}
			String label = branch;
			targets = Arrays.stream(targets).filter((t) -> this.graph.labels(t).contains(label)).toArray();
		}
		int[] lowerPositions = lowerPositions(lower);
		BitSet required = ancestorsChecked(targets);
		for (int position : lowerPositions) {
			if (!required.get(position)) {
				throw new RevisionException("Requested range " + describe(lower) + ":" + describe(upper)
						+ " does not refer to ancestor/descendant revisions along the same branch");
			}
		}
		BitSet needs = (BitSet) required.clone();
		if (lowerPositions.length > 0) {
			needs.andNot(ancestorsChecked(lowerPositions));
			for (int position : lowerPositions) {
				needs.set(position);
			}
			needs.and(this.graph.descendants(lowerPositions, false));
		}
		return this.order.newestFirst(reachableFrom(targets, needs), targets);
	}

	/** The revisions a lower bound stands for; walking past base means base. */
	private int[] lowerPositions(HistoryBound lower) {
		if (lower.rows() != null) {
			return this.graph.indexesOfRows(lower.rows());
		}
		int[] positions = this.resolver.resolve(lower.identifier());
		if (Arrays.stream(positions).anyMatch((p) -> p == IdentifierResolver.OVERWALK)) {
			return new int[0];
		}
		return Arrays.stream(positions).filter((p) -> p >= 0).toArray();
	}

	private int[] startOf(@Nullable String identifier) {
		if (identifier == null) {
			return new int[0];
		}
		int position = this.resolver.resolveOne(identifier);
		return (position >= 0) ? new int[] { position } : new int[0];
	}

	private static String describe(HistoryBound bound) {
		return (bound.identifier() != null) ? bound.identifier() : "current";
	}

	/** Keeps the revisions reachable from the targets without leaving the set. */
	private BitSet reachableFrom(int[] targets, BitSet set) {
		BitSet reached = new BitSet(this.graph.size());
		int[] stack = new int[16];
		int top = 0;
		for (int t : targets) {
			if (set.get(t) && !reached.get(t)) {
				reached.set(t);
				stack = RevisionGraph.push(stack, top++, t);
			}
		}
		while (top > 0) {
			int node = stack[--top];
			for (int p : this.graph.parents(node)) {
				if (set.get(p) && !reached.get(p)) {
					reached.set(p);
					stack = RevisionGraph.push(stack, top++, p);
				}
			}
		}
		return reached;
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Ancestors of the given revisions, refusing sets where one revision is an ancestor of
	 * another, as Alembic does. One walk: a given revision reached through a parent edge is an
	 * ancestor of another one.
	 */
	private BitSet ancestorsChecked(int[] revisions) {
		BitSet all = this.graph.ancestors(revisions, true);
		if (revisions.length > 1) {
			BitSet given = new BitSet(this.graph.size());
			for (int r : revisions) {
				given.set(r);
			}
			for (int node = all.nextSetBit(0); node >= 0; node = all.nextSetBit(node + 1)) {
				for (int p : this.graph.parents(node)) {
					if (given.get(p)) {
						throw overlap(revisions, p);
					}
				}
			}
		}
		return all;
	}

	private RevisionException overlap(int[] revisions, int ancestor) {
		for (int r : revisions) {
			if (r != ancestor && this.graph.ancestors(new int[] { r }, true).get(ancestor)) {
				return new RevisionException("Requested revision " + this.graph.id(r)
						+ " overlaps with other requested revisions " + this.graph.id(ancestor));
			}
		}
		throw new IllegalStateException("No revision overlaps " + this.graph.id(ancestor));
	}

	/** The rows of the version table as a plan moves them. */
	private final class Rows {

		private final Set<Integer> rows = new LinkedHashSet<>();

		Rows(int[] initial) {
			for (int i : initial) {
				this.rows.add(i);
			}
		}

		boolean contains(int revision) {
			return this.rows.contains(revision);
		}

		void add(int revision) {
			this.rows.add(revision);
		}

		void remove(int revision) {
			this.rows.remove(revision);
		}

		List<String> ids() {
			return Planner.this.graph.ids(this.rows.stream().mapToInt(Integer::intValue).sorted().toArray());
		}

	}

}
