package dev.migration.revision;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The order in which Alembic visits a set of revisions, newest first: starting from the given
 * heads (in load order), it walks down one branch as long as no other pending head still needs the
 * next revision, then switches to the first head that does. Upgrades run this order reversed,
 * downgrades and {@code history} run it as is.
 *
 * <p>Alembic recomputes ancestor sets at every branch and merge point, which is quadratic. This
 * version produces the same order with a count of pending children per revision: a revision may be
 * emitted once none of its children in the set is still pending, which is exactly when no other
 * pending head descends from it.
 */
final class TopologicalOrder {

	private final RevisionGraph graph;

	TopologicalOrder(RevisionGraph graph) {
		this.graph = graph;
	}

	/**
	 * Orders the given revisions newest first.
	 * @param todo the revisions to order; every one is an ancestor of (or is) one of the heads
	 * @param heads where to start, typically the targets of an upgrade or the current rows
	 * @return the revision indexes, newest first
	 */
	int[] newestFirst(BitSet todo, int[] heads) {
		BitSet pending = (BitSet) todo.clone();
		int n = this.graph.size();
		// Revisions outside the set but between two of its members still block their ancestors
		// while something above them is pending, as Alembic's whole-graph ancestor sets do.
		BitSet alive = bridges(todo);
		alive.or(pending);
		int[] waiting = new int[n];
		for (int i = alive.nextSetBit(0); i >= 0; i = alive.nextSetBit(i + 1)) {
			for (int p : this.graph.parents(i)) {
				if (alive.get(p)) {
					waiting[p]++;
				}
			}
		}
		Slots slots = new Slots(n);
		int[] starts = Arrays.stream(heads).filter((h) -> h >= 0 && pending.get(h)).distinct().sorted().toArray();
		for (int head : starts) {
			slots.append(head);
		}
		int[] output = new int[pending.cardinality()];
		int emitted = 0;
		int[] seen = new int[n];
		int[] walks = new int[1];
		int slot = slots.first();
		while (slot >= 0) {
			int candidate = slots.node(slot);
			if (waiting[candidate] > 0) {
				// Another pending head descends from the candidate: that one goes first.
				slot = firstSlotAbove(candidate, alive, slots, seen, walks);
				continue;
			}
			output[emitted++] = candidate;
			pending.clear(candidate);
			release(candidate, pending, alive, waiting);
			int[] parents = this.graph.parents(candidate);
			boolean replaced = false;
			for (int p : parents) {
				if (!pending.get(p) || slots.holds(p)) {
					continue;
				}
				if (!replaced) {
					slots.replace(slot, p);
					replaced = true;
				}
				else {
					slots.append(p);
				}
			}
			if (!replaced) {
				slot = slots.remove(slot);
			}
		}
		if (emitted != output.length) {
			throw new IllegalStateException("Revisions left unordered: " + (output.length - emitted));
		}
		return output;
	}

	/** Members of neither set that are both above and below a member: empty for upgrades and downgrades. */
	private BitSet bridges(BitSet todo) {
		int[] members = todo.stream().toArray();
		BitSet between = this.graph.descendants(members, true);
		between.and(this.graph.ancestors(members, true));
		between.andNot(todo);
		return between;
	}

	/** An emitted revision no longer blocks its parents; a bridge with nothing alive above it dies too. */
	private void release(int revision, BitSet pending, BitSet alive, int[] waiting) {
		alive.clear(revision);
		int[] stack = new int[8];
		int top = 0;
		stack[top++] = revision;
		while (top > 0) {
			int node = stack[--top];
			for (int p : this.graph.parents(node)) {
				if (alive.get(p) && --waiting[p] == 0 && !pending.get(p)) {
					alive.clear(p);
					stack = RevisionGraph.push(stack, top++, p);
				}
			}
		}
	}

	/** How many revisions the quick search may visit before the exhaustive walk takes over. */
	private static final int QUICK_SEARCH_BUDGET = 4096;

	/**
	 * The earliest slot whose revision descends from the given one. Slots are tried in order by
	 * walking down from each (never below the given revision in topological order), which is
	 * quick when, as usual, the slot that waits is close above; past a budget, one walk up from
	 * the revision finds them all.
	 */
	private int firstSlotAbove(int from, BitSet alive, Slots slots, int[] seen, int[] walks) {
		int budget = QUICK_SEARCH_BUDGET;
		int floor = this.graph.topologicalRank(from);
		int[] stack = new int[16];
		for (int s = slots.first(); s >= 0 && budget > 0; s = slots.next(s)) {
			int start = slots.node(s);
			if (start == from || this.graph.topologicalRank(start) <= floor) {
				continue;
			}
			// A fresh mark per walk: this one only answers "does this slot reach from?".
			int mark = ++walks[0];
			int top = 0;
			stack[top++] = start;
			seen[start] = mark;
			while (top > 0 && budget > 0) {
				int node = stack[--top];
				budget--;
				for (int p : this.graph.parents(node)) {
					if (p == from) {
						return s;
					}
					if (seen[p] != mark && alive.get(p) && this.graph.topologicalRank(p) > floor) {
						seen[p] = mark;
						stack = RevisionGraph.push(stack, top++, p);
					}
				}
			}
		}
		return firstSlotAboveByWalkingUp(from, alive, slots, seen, ++walks[0]);
	}

	/** The earliest slot whose revision descends from the given one, found by walking up. */
	private int firstSlotAboveByWalkingUp(int from, BitSet alive, Slots slots, int[] seen, int generation) {
		int best = -1;
		int[] stack = new int[16];
		int top = 0;
		stack[top++] = from;
		seen[from] = generation;
		while (top > 0) {
			int node = stack[--top];
			for (int child : this.graph.allChildren(node)) {
				if (!alive.get(child) || seen[child] == generation) {
					continue;
				}
				seen[child] = generation;
				if (slots.holds(child)) {
					int s = slots.slotOf(child);
					if (best < 0 || slots.rank(s) < slots.rank(best)) {
						best = s;
					}
				}
				stack = RevisionGraph.push(stack, top++, child);
			}
		}
		if (best < 0) {
			throw new IllegalStateException("No pending head above " + this.graph.id(from));
		}
		return best;
	}

	/**
	 * Alembic's list of current heads: slots keep their place when their revision moves down, new
	 * slots go to the end, and removing a slot moves to the one before it.
	 */
	private static final class Slots {

		private int[] node = new int[8];

		private long[] rank = new long[8];

		private int[] prev = new int[8];

		private int[] next = new int[8];

		private final int[] slotOfNode;

		private int count;

		private int head = -1;

		private int tail = -1;

		private long nextRank;

		Slots(int n) {
			this.slotOfNode = new int[n];
			Arrays.fill(this.slotOfNode, -1);
		}

		int first() {
			return this.head;
		}

		int next(int slot) {
			return this.next[slot];
		}

		int node(int slot) {
			return this.node[slot];
		}

		long rank(int slot) {
			return this.rank[slot];
		}

		boolean holds(int revision) {
			return this.slotOfNode[revision] >= 0;
		}

		int slotOf(int revision) {
			return this.slotOfNode[revision];
		}

		void append(int revision) {
			if (this.count == this.node.length) {
				int size = this.count * 2;
				this.node = Arrays.copyOf(this.node, size);
				this.rank = Arrays.copyOf(this.rank, size);
				this.prev = Arrays.copyOf(this.prev, size);
				this.next = Arrays.copyOf(this.next, size);
			}
			int slot = this.count++;
			this.node[slot] = revision;
			this.rank[slot] = this.nextRank++;
			this.prev[slot] = this.tail;
			this.next[slot] = -1;
			if (this.tail >= 0) {
				this.next[this.tail] = slot;
			}
			else {
				this.head = slot;
			}
			this.tail = slot;
			this.slotOfNode[revision] = slot;
		}

		void replace(int slot, int revision) {
			this.slotOfNode[this.node[slot]] = -1;
			this.node[slot] = revision;
			this.slotOfNode[revision] = slot;
		}

		/** Removes a slot; returns the slot before it, else the first slot, else -1. */
		int remove(int slot) {
			this.slotOfNode[this.node[slot]] = -1;
			int before = this.prev[slot];
			int after = this.next[slot];
			if (before >= 0) {
				this.next[before] = after;
			}
			else {
				this.head = after;
			}
			if (after >= 0) {
				this.prev[after] = before;
			}
			else {
				this.tail = before;
			}
			return (before >= 0) ? before : this.head;
		}

	}

}
