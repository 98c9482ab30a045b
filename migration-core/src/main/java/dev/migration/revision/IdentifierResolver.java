package dev.migration.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Alembic's revision identifier grammar over a {@link RevisionGraph}: full ids, unique prefixes,
 * {@code head}, {@code heads}, {@code base}, branch labels, {@code label@...}, and the relative
 * forms {@code +N}, {@code -N}, {@code <symbol>+N}, {@code label@-N}.
 *
 * <p>Positions are revision indexes, or {@link #BASE} for the empty position below every base.
 */
final class IdentifierResolver {

	/** The position below every base: what {@code base} means. */
	static final int BASE = -1;

	/** A walk that went past the end of the graph. */
	static final int OVERWALK = -2;

	/** {@code [label@][symbol](+|-)N}, matched at the start of the identifier as Alembic does. */
	private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern NEGATIVE = Pattern.compile("-\\d+");

	private final RevisionGraph graph;

	/** Revision ids sorted, for prefix look-ups without scanning the whole graph. */
	private final String[] sortedIds;

	IdentifierResolver(RevisionGraph graph) {
		this.graph = graph;
		this.sortedIds = graph.ids().toArray(new String[0]);
		Arrays.sort(this.sortedIds);
	}

	/** An identifier split into the keys it stands for and the branch it is restricted to. */
	private record Symbol(List<String> keys, @Nullable String branch) {
	}

	/** Alembic's {@code get_revisions}: every revision an identifier names; empty for base. */
	int[] resolve(String identifier) {
		Symbol symbol = symbol(identifier);
		if (symbol.keys().size() == 1 && NEGATIVE.matcher(symbol.keys().get(0)).matches()) {
			int steps = parseSteps(symbol.keys().get(0));
			List<Integer> result = new ArrayList<>();
			for (int head : this.graph.realHeadIndexes()) {
				if (symbol.branch() == null || this.graph.labels(head).contains(symbol.branch())) {
					int walked = walk(head, steps, null, true);
					if (walked >= 0) {
						result.add(walked);
					}
					else if (walked == OVERWALK) {
						result.add(OVERWALK);
					}
				}
			}
			return result.stream().mapToInt(Integer::intValue).toArray();
		}
		int[] result = new int[symbol.keys().size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = revisionFor(symbol.keys().get(i), symbol.branch());
		}
		return result;
	}

	/** Alembic's {@code get_revision}: at most one revision; {@link #BASE} for base. */
	int resolveOne(String identifier) {
		Symbol symbol = symbol(identifier);
		if (symbol.keys().size() > 1) {
			throw multipleHeads(identifier);
		}
		return symbol.keys().isEmpty() ? BASE : revisionFor(symbol.keys().get(0), symbol.branch());
	}

	private Symbol symbol(String identifier) {
		String branch = null;
		String id = identifier;
		int at = identifier.indexOf('@');
		if (at >= 0) {
			branch = identifier.substring(0, at);
			id = identifier.substring(at + 1);
		}
		if (id.equals("heads")) {
			if (branch != null) {
				return new Symbol(this.graph.ids(filterForLineage(this.graph.headIndexes(), branch, false)), branch);
			}
			return new Symbol(this.graph.ids(this.graph.realHeadIndexes()), null);
		}
		if (id.equals("head")) {
			int head = currentHead(branch);
			return new Symbol((head >= 0) ? List.of(this.graph.id(head)) : List.of(), branch);
		}
		if (id.equals("base")) {
			return new Symbol(List.of(), branch);
		}
		return new Symbol(List.of(id), branch);
	}

	/** The single head, on the given branch if any; {@link #BASE} when there is none. */
	int currentHead(@Nullable String branch) {
		int[] heads = this.graph.headIndexes();
		if (branch != null) {
			heads = filterForLineage(heads, branch, false);
		}
		if (heads.length > 1) {
			throw multipleHeads((branch != null) ? branch + "@head" : "head");
		}
		return (heads.length == 1) ? heads[0] : BASE;
	}

	static RevisionException multipleHeads(String argument) {
		return new RevisionException("Multiple head revisions are present for given argument '" + argument
				+ "'; please specify a specific target revision, '<branchname>@" + argument
				+ "' to narrow to a specific head, or 'heads' for all heads");
	}

	/** A key (id, branch label or prefix) to one revision, checked against a branch if given. */
	private int revisionFor(String key, @Nullable String branch) {
		int branchRevision = (branch != null) ? resolveBranch(branch) : BASE;
		int index = this.graph.indexOfKey(key);
		if (index < 0) {
			int[] candidates = byPrefix(key);
			if (branch != null) {
				candidates = filterForLineage(candidates, branch, false);
			}
			if (candidates.length == 0) {
				throw notFound(key);
			}
			if (candidates.length > 1) {
				String listed = Arrays.stream(candidates)
					.limit(3)
					.mapToObj((i) -> "'" + this.graph.id(i) + "'")
					.collect(Collectors.joining(", "));
				throw new RevisionException("Multiple revisions start with '" + key + "': " + listed + "...");
			}
			index = candidates[0];
		}
		if (branch != null && !sharesLineage(index, new int[] { branchRevision }, false)) {
			throw new RevisionException(
					"Revision " + this.graph.id(index) + " is not a member of branch '" + branch + "'");
		}
		return index;
	}

	static RevisionException notFound(String key) {
		String hint = (key.length() < 4)
				? "; please ensure at least four characters are present for partial revision identifier matches"
				: "";
		return new RevisionException("Can't locate revision identified by '" + key + "'" + hint);
	}

	/** Revisions whose id starts with the prefix; ids of three characters or fewer match only whole. */
	private int[] byPrefix(String prefix) {
		if (prefix.isEmpty()) {
			return new int[0];
		}
		int from = Arrays.binarySearch(this.sortedIds, prefix);
		if (from < 0) {
			from = -from - 1;
		}
		List<Integer> found = new ArrayList<>();
		for (int i = from; i < this.sortedIds.length && this.sortedIds[i].startsWith(prefix); i++) {
			if (this.sortedIds[i].length() > 3) {
				found.add(this.graph.index(this.sortedIds[i]));
			}
		}
		return found.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/** A branch label, or a revision id standing for its branch. */
	int resolveBranch(String branch) {
		int index = this.graph.indexOfKey(branch);
		if (index >= 0) {
			return index;
		}
		try {
			return revisionFor(branch, null);
		}
		catch (RevisionException ex) {
			throw new RevisionException("No such branch: '" + branch + "'");
		}
	}

	/** The targets that are ancestors or descendants of what {@code checkAgainst} names. */
	int[] filterForLineage(int[] targets, String checkAgainst, boolean includeDependencies) {
		Symbol symbol = symbol(checkAgainst);
		List<String> shares = new ArrayList<>();
		if (symbol.branch() != null) {
			shares.add(symbol.branch());
		}
		shares.addAll(symbol.keys());
		if (shares.isEmpty()) {
			return targets;
		}
		int[] against = new int[shares.size()];
		for (int i = 0; i < against.length; i++) {
			against[i] = revisionFor(shares.get(i), null);
		}
		return Arrays.stream(targets).filter((t) -> sharesLineage(t, against, includeDependencies)).toArray();
	}

	boolean sharesLineage(int target, int[] against, boolean includeDependencies) {
		if (against.length == 0) {
			return true;
		}
		BitSet line = this.graph.ancestors(new int[] { target }, includeDependencies);
		line.or(this.graph.descendants(new int[] { target }, includeDependencies));
		for (int a : against) {
			if (a >= 0 && line.get(a)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Walks up (steps &gt; 0) or down (steps &lt; 0) from a position. Returns {@link #OVERWALK}
	 * past the end when {@code noOverwalk}, else stops at the end.
	 */
	int walk(int start, int steps, @Nullable String branch, boolean noOverwalk) {
		int position = start;
		for (int step = 0; step < Math.abs(steps); step++) {
			int[] next;
			if (steps > 0) {
				next = (position == BASE) ? this.graph.baseIndexes() : this.graph.children(position);
				if (branch != null) {
					next = filterForLineage(next, branch, false);
				}
			}
			else if (position == BASE) {
				next = new int[0];
			}
			else {
				next = this.graph.downs(position);
				if (next.length == 0) {
					next = new int[] { BASE };
				}
			}
			if (next.length == 0) {
				return noOverwalk ? OVERWALK : position;
			}
			if (next.length > 1) {
				throw ambiguousWalk(position, next, steps > 0);
			}
			position = next[0];
		}
		return position;
	}

	/**
	 * Alembic's "Ambiguous walk", followed by where the walk forked and what to write instead.
	 */
	private RevisionException ambiguousWalk(int position, int[] next, boolean up) {
		String ways = Arrays.stream(next)
			.mapToObj((i) -> (i == BASE) ? "base" : this.graph.id(i))
			.collect(Collectors.joining(", "));
		String where = (position == BASE) ? "there are " + next.length + " bases (" + ways + ")"
				: "'" + this.graph.id(position) + "' has " + next.length + " "
						+ (up ? "revisions after it" : "down revisions") + " (" + ways + ")";
		return new RevisionException("Ambiguous walk: " + where
				+ "; name the revision to go to instead of counting steps, or count along one branch ("
				+ (up ? "label@+N" : "label@-N") + ")");
	}

	/** A relative identifier, split: {@code [branch@][symbol](+|-)N}. */
	record Relative(@Nullable String branch, @Nullable String symbol, String relative, int steps) {
	}

	static @Nullable Relative relative(String identifier) {
		Matcher matcher = RELATIVE.matcher(identifier);
		if (!matcher.lookingAt()) {
			return null;
		}
		return new Relative(matcher.group(1), matcher.group(2), matcher.group(3), parseSteps(matcher.group(3)));
	}

	private static int parseSteps(String relative) {
		try {
			return Integer.parseInt(relative);
		}
		catch (NumberFormatException ex) {
			throw new RevisionException("Relative revision " + relative + " is too large");
		}
	}

	static RevisionException didNotProduce(String relative, int steps) {
		return new RevisionException(
				"Relative revision " + relative + " didn't produce " + Math.abs(steps) + " migrations");
	}

	/**
	 * Alembic's upgrade target: absolute, or relative to the current rows or to a symbol. Never
	 * contains {@link #OVERWALK}; {@link #BASE} entries are dropped.
	 */
	int[] upgradeTargets(int[] current, String target, boolean assertRelativeLength) {
		Relative relative = relative(target);
		if (relative == null) {
			return Arrays.stream(resolve(target)).filter((i) -> i >= 0).toArray();
		}
		int position;
		if (relative.steps() > 0) {
			if (relative.symbol() == null) {
				int[] start = (current.length == 0) ? new int[] { BASE } : current;
				if (relative.branch() != null) {
					start = startOnBranch(current, relative.branch());
				}
				if (start.length > 1) {
					throw new RevisionException("Ambiguous upgrade from multiple current revisions");
				}
				position = walk(start[0], relative.steps(), relative.branch(), assertRelativeLength);
			}
			else {
				position = walk(resolveOne(relative.symbol()), relative.steps(), relative.branch(),
						assertRelativeLength);
			}
		}
		else {
			if (relative.symbol() == null) {
				throw didNotProduce(String.valueOf(relative.steps()), relative.steps());
			}
			position = walk(resolveOne(onBranch(relative.branch(), relative.symbol())), relative.steps(), null,
					assertRelativeLength);
		}
		if (position == OVERWALK) {
			throw didNotProduce(relative.relative(), relative.steps());
		}
		return (position >= 0) ? new int[] { position } : new int[0];
	}

	/** Where {@code label@+N} starts: the current row on the branch, or the tip of the branch below it. */
	private int[] startOnBranch(int[] current, String branch) {
		int[] onBranch = filterForLineage(current, branch, false);
		if (onBranch.length > 0) {
			return onBranch;
		}
		BitSet applied = this.graph.ancestors(current, true);
		int[] active = filterForLineage(applied.stream().toArray(), branch, false);
		Set<Integer> tips = new LinkedHashSet<>();
		for (int a : active) {
			tips.add(a);
		}
		for (int a : active) {
			for (int p : this.graph.parents(a)) {
				tips.remove(p);
			}
		}
		return tips.isEmpty() ? new int[] { BASE } : tips.stream().mapToInt(Integer::intValue).toArray();
	}

	private static String onBranch(@Nullable String branch, String symbol) {
		return (branch != null) ? branch + "@" + symbol : symbol;
	}

	/** A downgrade target and the branch it is restricted to. */
	record DowngradeTarget(@Nullable String branch, int position) {
	}

	/** Alembic's downgrade target: absolute, or relative to the current rows or to a symbol. */
	DowngradeTarget downgradeTarget(int[] current, String target, boolean assertRelativeLength) {
		Relative relative = relative(target);
		if (relative == null) {
			int at = target.lastIndexOf('@');
			String branch = (at > 0) ? target.substring(0, at) : null;
			return new DowngradeTarget(branch, resolveOne(target.substring(at + 1)));
		}
		String branch = relative.branch();
		if (relative.steps() >= 0) {
			if (relative.symbol() == null) {
				throw didNotProduce(relative.relative(), relative.steps());
			}
			int position = walk(resolveOne(relative.symbol()), relative.steps(), branch, assertRelativeLength);
			if (position == OVERWALK) {
				throw new RevisionException("Walked too far");
			}
			return new DowngradeTarget(branch, position);
		}
		String symbol = relative.symbol();
		boolean fromCurrent = symbol == null;
		if (fromCurrent) {
			int[] candidates;
			if (branch != null) {
				candidates = filterForLineage(current, branch, false);
				if (candidates.length == 0) {
					int[] all = this.graph.current(this.graph.ids(current))
						.stream()
						.mapToInt((r) -> this.graph.index(r.id()))
						.toArray();
					candidates = filterForLineage(all, branch, false);
				}
				if (candidates.length == 0) {
					throw new RevisionException("No current revision is on branch '" + branch + "'");
				}
			}
			else {
				if (current.length == 0) {
					throw didNotProduce(String.valueOf(relative.steps()), relative.steps());
				}
				candidates = Arrays.stream(current).distinct().toArray();
			}
			if (candidates.length > 1) {
				List<String> ids = this.graph.ids(candidates);
				throw new RevisionException("Relative downgrade " + target + " is ambiguous, name a head: "
						+ "the database is at " + String.join(", ", ids) + "; downgrade one of them with '<head>"
						+ relative.relative() + "', for example '" + ids.get(0) + "@" + relative.relative() + "'");
			}
			symbol = this.graph.id(candidates[0]);
			if (branch == null) {
				branch = symbol;
			}
		}
		int position = walk(resolveOne(onBranch(branch, symbol)), relative.steps(), null, assertRelativeLength);
		if (position == OVERWALK) {
			throw fromCurrent ? didNotProduce(String.valueOf(relative.steps()), relative.steps())
					: new RevisionException("Walked too far");
		}
		return new DowngradeTarget(branch, position);
	}

}
