package dev.migration.source.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": the valid name nearest to a misspelt one.
 */
final class Suggestions {

	/** Names users bring from elsewhere, and the names this format uses for them. */
	private static final Map<String, String> ALIASES = Map.of("type_", "type", "sqltext", "sql", "down_revisions",
			"down_revision", "revises", "down_revision");

	private Suggestions() {
	}

	/**
	 * Returns the candidate nearest to the given name, if one is near enough to be a typo.
	 * @param name the misspelt name
	 * @param candidates the valid names
	 * @return the suggestion, or {@code null}
	 */
	static @Nullable String nearest(String name, Collection<String> candidates) {
		String alias = ALIASES.get(name);
		if (alias != null && candidates.contains(alias)) {
			return alias;
		}
		String wanted = name.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		if (best == null) {
			return null;
		}
		int allowed = Math.max(2, best.length() / 4);
		return (bestDistance <= allowed && bestDistance < best.length()) ? best : null;
	}

	/**
	 * Describes an unknown name: "unknown operation 'add_colum'; did you mean 'add_column'?", or
	 * the list of valid names when none is near.
	 * @param what what the name names, for example {@code "operation"}
	 * @param name the unknown name
	 * @param owner what the name belongs to, for example {@code " of add_column"}, or empty
	 * @param candidates the valid names
	 * @return the message
	 */
	static String unknown(String what, String name, String owner, Collection<String> candidates) {
		String message = "unknown " + what + " '" + name + "'" + owner;
		String suggestion = nearest(name, candidates);
		if (suggestion != null) {
			return message + "; did you mean '" + suggestion + "'?";
		}
		return message + "; expected one of " + String.join(", ", candidates);
	}

	/** Optimal string alignment distance: edits, where swapping two neighbours is one edit. */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
