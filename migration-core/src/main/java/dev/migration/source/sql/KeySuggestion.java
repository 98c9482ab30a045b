package dev.migration.source.sql;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Finds the valid key a mistyped one was probably meant to be, by edit distance (Levenshtein)
 * or containment ({@code depends} for {@code depends_on}).
 */
final class KeySuggestion {

	private KeySuggestion() {
	}

	/**
	 * Returns the valid key nearest to the given one, when it is near enough to be a plausible
	 * typo: at most half the length of the shorter key away (at least 2), or one containing the
	 * other.
	 * @param key the unknown key
	 * @param validKeys the valid keys
	 * @return the suggestion, or {@code null} when no key is near
	 */
	static @Nullable String nearest(String key, List<String> validKeys) {
		String wanted = key.toLowerCase(Locale.ROOT).replace('-', '_');
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : validKeys) {
			int distance = distance(wanted, candidate);
			boolean near = distance <= Math.max(2, Math.min(wanted.length(), candidate.length()) / 2)
					|| (wanted.length() >= 3 && (candidate.contains(wanted) || wanted.contains(candidate)));
			if (near && distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * Returns the Levenshtein distance of two strings: the fewest single-character insertions,
	 * deletions and substitutions that turn one into the other.
	 */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
