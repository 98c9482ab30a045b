package dev.migration.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.migration.revision.Revision;

/**
 * Revision graphs of a given size and shape, as a team's history grows them.
 */
public final class GraphShapes {

	private GraphShapes() {
	}

	/**
	 * A main line where every 50 revisions a branch opens or merges back: two developers' work
	 * interleaved, then merged, over and over. One head at the end.
	 * @param size the number of revisions
	 * @return the revisions, in load order
	 */
	public static List<Revision> branchesAndMerges(int size) {
		List<Revision> revisions = new ArrayList<>(size);
		String main = null;
		String side = null;
		for (int i = 0; i < size; i++) {
			String id = String.format("r%07d", i);
			boolean last = i == size - 1;
			if (main == null) {
				revisions.add(Revision.of(id));
				main = id;
			}
			else if ((i % 50 == 0 || last) && side != null) {
				revisions.add(Revision.of(id, main, side));
				main = id;
				side = null;
			}
			else if (i % 50 == 0) {
				revisions.add(Revision.of(id, main));
				side = main;
				main = id;
			}
			else if (side != null && i % 2 == 1) {
				revisions.add(Revision.of(id, side));
				side = id;
			}
			else {
				revisions.add(Revision.of(id, main));
				main = id;
			}
		}
		return revisions;
	}

	/**
	 * A main line where every 50 revisions a short branch of 10 revisions starts and is never
	 * merged: the worst case for ordering, with one head per branch.
	 * @param size the number of revisions
	 * @return the revisions, in load order
	 */
	public static List<Revision> unmergedBranches(int size) {
		List<Revision> revisions = new ArrayList<>(size);
		String main = null;
		String side = null;
		for (int i = 0; i < size; i++) {
			String id = String.format("r%07d", i);
			if (main == null) {
				revisions.add(Revision.of(id));
				main = id;
			}
			else if (i % 50 == 0) {
				revisions.add(Revision.of(id, main));
				side = id;
			}
			else if (side != null && i % 50 < 10) {
				revisions.add(Revision.of(id, side));
				side = id;
			}
			else {
				revisions.add(Revision.of(id, main));
				main = id;
			}
		}
		return revisions;
	}

}
