package dev.migration.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The immutable graph of revisions, with Alembic's vocabulary: heads, bases, branch points, merge
 * points, branch labels and dependencies. It resolves identifiers ({@link #resolve(String)}) and
 * plans upgrades, downgrades and stamps ({@link #planUpgrade}, {@link #planDowngrade},
 * {@link #planStamp}); it never touches a database.
 *
 * <p>Revisions keep the order they were loaded in (sorted file names), which decides the order of
 * siblings. Internally revisions are numbered by that order, so that every walk is linear in the
 * size of the graph.
 */
public final class RevisionGraph {

	private static final int[] NONE = new int[0];

	/** The width of Alembic's {@code version_num VARCHAR(32)}. */
	static final int MAX_ID_LENGTH = 32;

	private final List<Revision> revisions;

	private final Map<String, Integer> indexById;

	/** Declared branch labels, each to the revision that declares it. */
	private final Map<String, Integer> indexByLabel;

	/** Versioned down revisions ({@code down_revision}) of each revision. */
	private final int[][] downs;

	/** Down revisions plus the dependencies not already implied by them. */
	private final int[][] parents;

	/** Children through {@code down_revision} only. */
	private final int[][] children;

	/** Children through {@code down_revision} or {@code depends_on}. */
	private final int[][] allChildren;

	/** Branch labels of each revision, spread along its branch. */
	private final List<Set<String>> labels;

	private final int[] heads;

	private final int[] realHeads;

	private final int[] bases;

	/** Position of each revision in a topological order (parents first). */
	private final int[] topologicalRank;

	private final IdentifierResolver resolver;

	private final Planner planner;

	private RevisionGraph(List<Revision> revisions, Map<String, Integer> indexById, Map<String, Integer> indexByLabel,
			int[][] downs, int[][] parents, int[] topologicalRank) {
		this.topologicalRank = topologicalRank;
		this.revisions = revisions;
		this.indexById = indexById;
		this.indexByLabel = indexByLabel;
		this.downs = downs;
		this.parents = parents;
		int n = revisions.size();
		this.children = invert(downs, n);
		this.allChildren = invert(rawParents(revisions, indexById, indexByLabel, downs), n);
		this.heads = select(n, (i) -> this.children[i].length == 0);
		this.realHeads = select(n, (i) -> this.allChildren[i].length == 0);
		this.bases = select(n, (i) -> this.downs[i].length == 0);
		this.labels = spreadLabels();
		this.resolver = new IdentifierResolver(this);
		this.planner = new Planner(this, this.resolver);
	}

	/**
	 * Builds the graph of the given revisions, in load order.
	 * @param revisions the revisions, in the order they were loaded
	 * @return the graph
	 * @throws InvalidRevisionsException listing every problem: duplicate ids, bad characters,
	 * unknown down revisions or dependencies, duplicate branch labels, cycles
	 */
	public static RevisionGraph of(List<Revision> revisions) {
		return new Builder(revisions, false).build();
	}

	/**
	 * Checks the revisions of a load in which some files could not be read, so that one run
	 * reports the problems of the graph along with those of the files: every problem
	 * {@link #of(List)} reports, but for references to ids that no revision defines, since a file
	 * that could not be read may define them.
	 * @param revisions the revisions that could be read, in load order
	 * @return the problems, none when these revisions form a valid graph
	 */
	public static List<InvalidRevisionsException.Problem> problemsOfPartialLoad(List<Revision> revisions) {
		try {
			new Builder(revisions, true).build();
			return List.of();
		}
		catch (InvalidRevisionsException ex) {
			return ex.problems();
		}
	}

	// ---------------------------------------------------------------- revisions

	/**
	 * Returns every revision, in load order.
	 * @return the revisions
	 */
	public List<Revision> revisions() {
		return this.revisions;
	}

	/**
	 * Returns the number of revisions.
	 * @return the size of the graph
	 */
	public int size() {
		return this.revisions.size();
	}

	/**
	 * Whether a revision has the given id (exactly, not as a prefix).
	 * @param id the revision id
	 * @return whether it exists
	 */
	public boolean contains(String id) {
		return this.indexById.containsKey(id);
	}

	/**
	 * Finds the revision with exactly this id.
	 * @param id the revision id
	 * @return the revision, if there is one
	 */
	public Optional<Revision> find(String id) {
		Integer index = this.indexById.get(id);
		return (index != null) ? Optional.of(this.revisions.get(index)) : Optional.empty();
	}

	/**
	 * Returns the revision with exactly this id.
	 * @param id the revision id
	 * @return the revision
	 * @throws RevisionException if there is none
	 */
	public Revision get(String id) {
		return this.revisions.get(index(id));
	}

	// ---------------------------------------------------------------- structure

	/**
	 * Returns the heads: revisions no other revision names as its {@code down_revision}. This is
	 * what {@code heads} prints and what {@code head} must resolve to.
	 * @return the head ids, in load order
	 */
	public List<String> heads() {
		return ids(this.heads);
	}

	/**
	 * Returns the revisions nothing follows or depends on: what the symbol {@code heads} means.
	 * @return the ids, in load order
	 */
	public List<String> realHeads() {
		return ids(this.realHeads);
	}

	/**
	 * Returns the bases: revisions without a {@code down_revision}.
	 * @return the base ids, in load order
	 */
	public List<String> bases() {
		return ids(this.bases);
	}

	/**
	 * Whether no revision names this one as its {@code down_revision}.
	 * @param id the revision id
	 * @return whether it is a head
	 */
	public boolean isHead(String id) {
		return this.children[index(id)].length == 0;
	}

	/**
	 * Whether this revision is a head that other revisions depend on, printed
	 * {@code (effective head)}.
	 * @param id the revision id
	 * @return whether it is an effective head
	 */
	public boolean isEffectiveHead(String id) {
		int i = index(id);
		return this.children[i].length == 0 && this.allChildren[i].length > 0;
	}

	/**
	 * Whether nothing follows or depends on this revision, printed {@code (head)}.
	 * @param id the revision id
	 * @return whether it is a real head
	 */
	public boolean isRealHead(String id) {
		return this.allChildren[index(id)].length == 0;
	}

	/**
	 * Whether several revisions name this one as their {@code down_revision}.
	 * @param id the revision id
	 * @return whether it is a branch point
	 */
	public boolean isBranchPoint(String id) {
		return this.children[index(id)].length > 1;
	}

	/**
	 * Whether this revision has several down revisions.
	 * @param id the revision id
	 * @return whether it is a merge point
	 */
	public boolean isMergePoint(String id) {
		return this.downs[index(id)].length > 1;
	}

	/**
	 * Returns the revisions that name this one as their {@code down_revision}.
	 * @param id the revision id
	 * @return the child ids, in load order
	 */
	public List<String> children(String id) {
		return ids(this.children[index(id)]);
	}

	/**
	 * Returns the revision's down revisions followed by those of its dependencies that no other
	 * parent already implies: the revisions an upgrade step starts from.
	 * @param id the revision id
	 * @return the parent ids
	 */
	public List<String> normalizedDownRevisions(String id) {
		return ids(this.parents[index(id)]);
	}

	/**
	 * Returns the branch labels that apply to a revision: its own, those of the revisions it
	 * descends from, and those of the revisions above it on the same branch.
	 * @param id the revision id
	 * @return the labels, in the order they were declared
	 */
	public Set<String> branchLabels(String id) {
		return this.labels.get(index(id));
	}

	/**
	 * Returns what {@code current} shows for the given rows of the version table: the rows and
	 * the revisions they depend on, reduced to those without a descendant among them.
	 * @param rows the rows of the version table
	 * @return the current revisions, in load order
	 * @throws RevisionException if a row names an unknown revision
	 */
	public List<Revision> current(Collection<String> rows) {
		int[] start = indexesOfRows(rows);
		BitSet all = ancestors(start, true);
		List<Revision> current = new ArrayList<>();
		for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
			boolean covered = false;
			for (int child : this.children[i]) {
				if (all.get(child)) {
					covered = true;
					break;
				}
			}
			if (!covered) {
				current.add(this.revisions.get(i));
			}
		}
		return current;
	}

	// ---------------------------------------------------------------- identifiers and plans

	/**
	 * Resolves an identifier to the revisions it names: a full id, a unique prefix,
	 * {@code head}, {@code heads}, {@code base} (none), a branch label, {@code label@head},
	 * {@code label@rev}, {@code label@-N}.
	 * @param identifier the identifier
	 * @return the revisions, empty for {@code base}
	 * @throws RevisionException if it names nothing, or is ambiguous
	 */
	public List<Revision> resolve(String identifier) {
		return revisionsOf(Arrays.stream(this.resolver.resolve(identifier)).filter((i) -> i >= 0).toArray());
	}

	/**
	 * Resolves an identifier that must name at most one revision.
	 * @param identifier the identifier
	 * @return the revision, or {@code null} for {@code base}
	 * @throws RevisionException if it names nothing, or several revisions
	 */
	public @Nullable Revision resolveOne(String identifier) {
		int index = this.resolver.resolveOne(identifier);
		return (index >= 0) ? this.revisions.get(index) : null;
	}

	/**
	 * Plans {@code upgrade target} from the given rows of the version table.
	 * @param current the rows of the version table
	 * @param target the target identifier, relative forms ({@code +2}, {@code ae10+1}) included
	 * @return the plan
	 * @throws RevisionException if the target cannot be resolved or reached
	 */
	public Plan planUpgrade(Collection<String> current, String target) {
		return this.planner.upgrade(current, target);
	}

	/**
	 * Plans {@code downgrade target} from the given rows of the version table.
	 * @param current the rows of the version table
	 * @param target the target identifier, relative forms ({@code -1}, {@code label@-1}) included
	 * @return the plan
	 * @throws RevisionException if the target cannot be resolved or is not below the current rows
	 */
	public Plan planDowngrade(Collection<String> current, String target) {
		return this.planner.downgrade(current, target);
	}

	/**
	 * Plans {@code stamp targets}: the version-table changes that make the rows name the targets,
	 * without running any revision.
	 * @param current the rows of the version table
	 * @param targets the target identifiers
	 * @param purge whether to empty the version table first, ignoring its rows
	 * @return the plan
	 * @throws RevisionException if a target or, without purge, a row cannot be resolved
	 */
	public Plan planStamp(Collection<String> current, List<String> targets, boolean purge) {
		return this.planner.stamp(current, targets, purge);
	}

	/**
	 * Lists revisions newest first, as {@code history -r lower:upper} does.
	 * @param lower the lower bound ({@code base}, an id, {@code -3}, {@code label@...}), or the
	 * current rows when {@code lowerIsCurrent}
	 * @param upper the upper bound ({@code heads}, {@code head}, an id, {@code +2}, ...)
	 * @return the revisions between the bounds, both included, newest first
	 * @throws RevisionException if a bound cannot be resolved or the bounds are not on one branch
	 */
	public List<Revision> history(HistoryBound lower, HistoryBound upper) {
		return revisionsOf(this.planner.history(lower, upper));
	}

	/**
	 * A bound of a history range: an identifier, or the rows of the version table (what
	 * {@code current} stands for).
	 *
	 * @param identifier the identifier, when {@code rows} is null
	 * @param rows the rows of the version table, for {@code current}
	 */
	public record HistoryBound(@Nullable String identifier, @Nullable List<String> rows) {

		/**
		 * A bound given by an identifier.
		 * @param identifier the identifier
		 * @return the bound
		 */
		public static HistoryBound of(String identifier) {
			return new HistoryBound(identifier, null);
		}

		/**
		 * A bound at the current rows of the version table.
		 * @param rows the rows
		 * @return the bound
		 */
		public static HistoryBound current(List<String> rows) {
			return new HistoryBound(null, List.copyOf(rows));
		}

	}

	// ---------------------------------------------------------------- package-private, by index

	Revision revision(int index) {
		return this.revisions.get(index);
	}

	String id(int index) {
		return this.revisions.get(index).id();
	}

	int index(String id) {
		Integer index = this.indexById.get(id);
		if (index == null) {
			throw new RevisionException("Can't locate revision identified by '" + id + "'");
		}
		return index;
	}

	int indexOrMissing(String key) {
		Integer index = this.indexById.get(key);
		return (index != null) ? index : -1;
	}

	/** The revision a branch label or revision id names exactly, or -1. */
	int indexOfKey(String key) {
		Integer index = this.indexById.get(key);
		if (index == null) {
			index = this.indexByLabel.get(key);
		}
		return (index != null) ? index : -1;
	}

	Set<String> ids() {
		return this.indexById.keySet();
	}

	int[] downs(int index) {
		return this.downs[index];
	}

	int[] parents(int index) {
		return this.parents[index];
	}

	int[] children(int index) {
		return this.children[index];
	}

	int[] allChildren(int index) {
		return this.allChildren[index];
	}

	Set<String> labels(int index) {
		return this.labels.get(index);
	}

	/** Position in a topological order: an ancestor always ranks below its descendants. */
	int topologicalRank(int index) {
		return this.topologicalRank[index];
	}

	int[] headIndexes() {
		return this.heads;
	}

	int[] realHeadIndexes() {
		return this.realHeads;
	}

	int[] baseIndexes() {
		return this.bases;
	}

	int[] indexesOfRows(Collection<String> rows) {
		int[] result = new int[rows.size()];
		int i = 0;
		for (String row : rows) {
			result[i++] = index(row);
		}
		return result;
	}

	/** The given revisions and all their ancestors, through dependencies too when asked. */
	BitSet ancestors(int[] start, boolean includeDependencies) {
		return walk(start, includeDependencies ? this.parents : this.downs);
	}

	/** The given revisions and all their descendants, through dependencies too when asked. */
	BitSet descendants(int[] start, boolean includeDependencies) {
		return walk(start, includeDependencies ? this.allChildren : this.children);
	}

	private BitSet walk(int[] start, int[][] edges) {
		BitSet seen = new BitSet(this.revisions.size());
		int[] stack = new int[Math.max(16, start.length)];
		int top = 0;
		for (int s : start) {
			if (!seen.get(s)) {
				seen.set(s);
				stack = push(stack, top++, s);
			}
		}
		while (top > 0) {
			int node = stack[--top];
			for (int next : edges[node]) {
				if (!seen.get(next)) {
					seen.set(next);
					stack = push(stack, top++, next);
				}
			}
		}
		return seen;
	}

	static int[] push(int[] stack, int top, int value) {
		int[] result = (top == stack.length) ? Arrays.copyOf(stack, stack.length * 2) : stack;
		result[top] = value;
		return result;
	}

	List<String> ids(int[] indexes) {
		List<String> ids = new ArrayList<>(indexes.length);
		for (int index : indexes) {
			ids.add(id(index));
		}
		return Collections.unmodifiableList(ids);
	}

	List<Revision> revisionsOf(int[] indexes) {
		List<Revision> result = new ArrayList<>(indexes.length);
		for (int index : indexes) {
			result.add(this.revisions.get(index));
		}
		return Collections.unmodifiableList(result);
	}

	// ---------------------------------------------------------------- construction helpers

	private interface IndexPredicate {

		boolean test(int index);

	}

	private static int[] select(int n, IndexPredicate predicate) {
		int[] result = new int[n];
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (predicate.test(i)) {
				result[count++] = i;
			}
		}
		return Arrays.copyOf(result, count);
	}

	/** Children lists from parent lists; children come out in load order. */
	private static int[][] invert(int[][] parentsOf, int n) {
		int[] counts = new int[n];
		for (int[] ps : parentsOf) {
			for (int p : ps) {
				counts[p]++;
			}
		}
		int[][] result = new int[n][];
		for (int i = 0; i < n; i++) {
			result[i] = (counts[i] == 0) ? NONE : new int[counts[i]];
			counts[i] = 0;
		}
		for (int child = 0; child < n; child++) {
			for (int p : parentsOf[child]) {
				result[p][counts[p]++] = child;
			}
		}
		return result;
	}

	/** Down revisions plus every resolved dependency, before normalization. */
	private static int[][] rawParents(List<Revision> revisions, Map<String, Integer> indexById,
			Map<String, Integer> indexByLabel, int[][] downs) {
		int[][] result = new int[revisions.size()][];
		for (int i = 0; i < result.length; i++) {
			List<String> dependsOn = revisions.get(i).dependsOn();
			if (dependsOn.isEmpty()) {
				result[i] = downs[i];
				continue;
			}
			LinkedHashSet<Integer> all = new LinkedHashSet<>();
			for (int d : downs[i]) {
				all.add(d);
			}
			for (String dependency : dependsOn) {
				Integer index = indexById.get(dependency);
				all.add((index != null) ? index : indexByLabel.get(dependency));
			}
			result[i] = all.stream().mapToInt(Integer::intValue).toArray();
		}
		return result;
	}

	/**
	 * A label covers the labelled revision, its descendants, and its ancestors back to (not
	 * including) the nearest branch point or merge point.
	 */
	private List<Set<String>> spreadLabels() {
		int n = this.revisions.size();
		List<Set<String>> result = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			result.add(null);
		}
		for (int labelled : this.indexByLabel.values().stream().distinct().sorted().toList()) {
			List<String> declared = this.revisions.get(labelled).branchLabels();
			BitSet covered = descendants(new int[] { labelled }, false);
			int node = labelled;
			while (this.allChildren[node].length <= 1 && this.downs[node].length == 1) {
				node = this.downs[node][0];
				if (this.allChildren[node].length > 1 || this.downs[node].length > 1) {
					break;
				}
				covered.set(node);
			}
			for (int i = covered.nextSetBit(0); i >= 0; i = covered.nextSetBit(i + 1)) {
				if (result.get(i) == null) {
					result.set(i, new LinkedHashSet<>());
				}
				result.get(i).addAll(declared);
			}
		}
		for (int i = 0; i < n; i++) {
			Set<String> set = result.get(i);
			result.set(i, (set != null) ? Collections.unmodifiableSet(set) : Set.of());
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * Checks the revisions and builds the graph, collecting every problem before failing.
	 */
	private static final class Builder {

		private final List<Revision> input;

		private final List<InvalidRevisionsException.Problem> problems = new ArrayList<>();

		private final List<Revision> revisions = new ArrayList<>();

		private final Map<String, Integer> indexById = new HashMap<>();

		private final Map<String, Integer> indexByLabel = new HashMap<>();

		/** Whether references to unknown ids are dropped rather than reported. */
		private final boolean partial;

		Builder(List<Revision> input, boolean partial) {
			this.input = input;
			this.partial = partial;
		}

		RevisionGraph build() {
			indexRevisions();
			indexLabels();
			int n = this.revisions.size();
			int[][] downs = new int[n][];
			int[][] raw = new int[n][];
			for (int i = 0; i < n; i++) {
				Revision revision = this.revisions.get(i);
				downs[i] = resolveDowns(revision);
				raw[i] = withDependencies(downs[i], revision);
			}
			if (!this.problems.isEmpty()) {
				throw new InvalidRevisionsException(this.problems);
			}
			int[] order = topologicalOrder(raw);
			if (!this.problems.isEmpty()) {
				throw new InvalidRevisionsException(this.problems);
			}
			Reachability reachability = new Reachability(raw, order);
			int[][] parents = normalize(downs, raw, reachability);
			return new RevisionGraph(Collections.unmodifiableList(new ArrayList<>(this.revisions)),
					Collections.unmodifiableMap(this.indexById), Collections.unmodifiableMap(this.indexByLabel), downs,
					parents, reachability.rank);
		}

		private void problem(Revision revision, String message) {
			this.problems.add(new InvalidRevisionsException.Problem(revision.source(), 0, message));
		}

		private void indexRevisions() {
			for (Revision revision : this.input) {
				if (!Revision.isValidId(revision.id())) {
					problem(revision, "revision id '" + revision.id()
							+ "' is not valid: use only letters, digits and '_' (no '@', '-', '+', ':' or spaces)");
					continue;
				}
				if (revision.id().length() > MAX_ID_LENGTH) {
					problem(revision, "revision id '" + revision.id() + "' has " + revision.id().length()
							+ " characters; the version table's version_num column holds " + MAX_ID_LENGTH
							+ " (Alembic's layout): shorten the id");
					continue;
				}
				Integer existing = this.indexById.get(revision.id());
				if (existing != null) {
					problem(revision, "revision id '" + revision.id() + "' is already used by "
							+ this.revisions.get(existing).source() + "; give one of the two revisions a new id");
					continue;
				}
				this.indexById.put(revision.id(), this.revisions.size());
				this.revisions.add(revision);
			}
		}

		private void indexLabels() {
			for (int i = 0; i < this.revisions.size(); i++) {
				Revision revision = this.revisions.get(i);
				for (String label : revision.branchLabels()) {
					if (!Revision.isValidId(label)) {
						problem(revision, "branch label '" + label + "' of revision " + revision.id()
								+ " is not valid: use only letters, digits and '_'");
						continue;
					}
					Integer byId = this.indexById.get(label);
					Integer byLabel = this.indexByLabel.get(label);
					if (byId != null || byLabel != null) {
						Revision other = this.revisions.get((byId != null) ? byId : byLabel);
						problem(revision, "Branch name '" + label + "' in revision " + revision.id()
								+ " already used by revision " + other.id() + " (" + other.source() + ")");
						continue;
					}
					this.indexByLabel.put(label, i);
				}
			}
		}

		private int[] resolveDowns(Revision revision) {
			int[] result = new int[revision.downRevisions().size()];
			int count = 0;
			Set<String> seen = new LinkedHashSet<>();
			for (String down : revision.downRevisions()) {
				if (!seen.add(down)) {
					problem(revision, "down_revision lists '" + down + "' twice");
					continue;
				}
				if (down.equals(revision.id())) {
					problem(revision, "Self-loop is detected in revisions (" + down
							+ "): revision " + down + " names itself as its down_revision");
					continue;
				}
				Integer index = this.indexById.get(down);
				if (index == null && this.partial) {
					continue;
				}
				if (index == null) {
					problem(revision, "down_revision '" + down + "' of revision " + revision.id()
							+ " is not defined by any revision; check the id, or add the missing revision file");
					continue;
				}
				result[count++] = index;
			}
			return Arrays.copyOf(result, count);
		}

		private int[] withDependencies(int[] downs, Revision revision) {
			if (revision.dependsOn().isEmpty()) {
				return downs;
			}
			LinkedHashSet<Integer> all = new LinkedHashSet<>();
			for (int d : downs) {
				all.add(d);
			}
			for (String dependency : revision.dependsOn()) {
				Integer index = this.indexById.get(dependency);
				if (index == null) {
					index = this.indexByLabel.get(dependency);
				}
				if (index == null && this.partial) {
					continue;
				}
				if (index == null) {
					problem(revision, "depends_on '" + dependency + "' of revision " + revision.id()
							+ " is neither a revision id nor a branch label");
					continue;
				}
				if (index == this.indexById.get(revision.id())) {
					problem(revision, "Dependency self-loop is detected in revisions (" + revision.id()
							+ "): revision " + revision.id() + " depends on itself");
					continue;
				}
				all.add(index);
			}
			return all.stream().mapToInt(Integer::intValue).toArray();
		}

		/** Kahn's algorithm, parents first, siblings in load order; reports every cycle. */
		private int[] topologicalOrder(int[][] raw) {
			int n = raw.length;
			int[][] kids = invert(raw, n);
			int[] missing = new int[n];
			java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
			for (int i = 0; i < n; i++) {
				missing[i] = raw[i].length;
				if (missing[i] == 0) {
					ready.add(i);
				}
			}
			int[] order = new int[n];
			int count = 0;
			while (!ready.isEmpty()) {
				int node = ready.poll();
				order[count++] = node;
				for (int child : kids[node]) {
					if (--missing[child] == 0) {
						ready.add(child);
					}
				}
			}
			if (count < n) {
				reportCycles(raw, missing);
			}
			return order;
		}

		private void reportCycles(int[][] raw, int[] missing) {
			int n = raw.length;
			BitSet reported = new BitSet(n);
			for (int start = 0; start < n; start++) {
				if (missing[start] == 0 || reported.get(start)) {
					continue;
				}
				// Walk parents that are themselves stuck until a node repeats: that is a cycle.
				Map<Integer, Integer> position = new HashMap<>();
				List<Integer> path = new ArrayList<>();
				int node = start;
				while (!position.containsKey(node) && !reported.get(node)) {
					position.put(node, path.size());
					path.add(node);
					int next = -1;
					for (int p : raw[node]) {
						if (missing[p] > 0) {
							next = p;
							break;
						}
					}
					node = next;
				}
				if (reported.get(node)) {
					path.forEach(reported::set);
					continue;
				}
				List<Integer> cycle = path.subList(position.get(node), path.size());
				cycle.forEach(reported::set);
				path.forEach(reported::set);
				StringBuilder ids = new StringBuilder();
				StringBuilder files = new StringBuilder();
				for (int i = cycle.size() - 1; i >= 0; i--) {
					Revision revision = this.revisions.get(cycle.get(i));
					ids.append(revision.id()).append(" -> ");
					files.append((files.length() > 0) ? ", " : "").append(revision.id()).append(" in ")
						.append(revision.source());
				}
				ids.append(this.revisions.get(cycle.get(cycle.size() - 1)).id());
				Revision first = this.revisions.get(cycle.get(cycle.size() - 1));
				problem(first, "Cycle is detected in revisions (" + ids + "); " + files
						+ "; a revision must come after the revisions it follows: fix a down_revision or depends_on");
			}
		}

		/**
		 * Drops each dependency that another parent of the revision already implies: one named
		 * by an ancestor, or one that is itself an ancestor.
		 */
		private int[][] normalize(int[][] downs, int[][] raw, Reachability reachability) {
			int[][] result = new int[raw.length][];
			for (int i = 0; i < raw.length; i++) {
				if (raw[i] == downs[i]) {
					result[i] = downs[i];
					continue;
				}
				int[] candidates = raw[i];
				int[] kept = new int[candidates.length];
				int count = 0;
				for (int c = 0; c < candidates.length; c++) {
					int candidate = candidates[c];
					boolean isDown = c < downs[i].length;
					boolean implied = false;
					if (!isDown) {
						for (int other : candidates) {
							if (other != candidate && reachability.isAncestor(candidate, other)) {
								implied = true;
								break;
							}
						}
					}
					if (!implied) {
						kept[count++] = candidate;
					}
				}
				result[i] = Arrays.copyOf(kept, count);
			}
			return result;
		}

	}

	/**
	 * Answers "is a an ancestor of b" by walking down from b, never below a in topological order.
	 */
	private static final class Reachability {

		private final int[][] parents;

		private final int[] rank;

		private final int[] mark;

		private int generation;

		private int[] stack = new int[64];

		Reachability(int[][] parents, int[] order) {
			this.parents = parents;
			this.rank = new int[parents.length];
			for (int i = 0; i < order.length; i++) {
				this.rank[order[i]] = i;
			}
			this.mark = new int[parents.length];
		}

		boolean isAncestor(int ancestor, int of) {
			if (this.rank[ancestor] >= this.rank[of]) {
				return false;
			}
			int generation = ++this.generation;
			int top = 0;
			this.stack = push(this.stack, top++, of);
			this.mark[of] = generation;
			while (top > 0) {
				int node = this.stack[--top];
				for (int p : this.parents[node]) {
					if (p == ancestor) {
						return true;
					}
					if (this.mark[p] != generation && this.rank[p] > this.rank[ancestor]) {
						this.mark[p] = generation;
						this.stack = push(this.stack, top++, p);
					}
				}
			}
			return false;
		}

	}

}
