package dev.migration.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The output a page shows for a command, where a line {@code ...} stands for any number of lines
 * and {@code ...} inside a line for any text. Trailing spaces of each line and blank lines at the
 * end are not compared: editors drop the first, and the second do not show.
 */
final class ExpectedOutput {

	private static final String ELLIPSIS = "...";

	private final List<String> lines;

	private final int firstLine;

	private final List<@Nullable Pattern> patterns = new ArrayList<>();

	/**
	 * @param lines the lines the page shows
	 * @param firstLine the page's line number of the first of them
	 */
	ExpectedOutput(List<String> lines, int firstLine) {
		this.lines = normalized(lines);
		this.firstLine = firstLine;
		for (String line : this.lines) {
			this.patterns.add(line.strip().equals(ELLIPSIS) ? null : pattern(line));
		}
	}

	private static Pattern pattern(String line) {
		StringBuilder regex = new StringBuilder();
		int from = 0;
		for (int at = line.indexOf(ELLIPSIS); at >= 0; at = line.indexOf(ELLIPSIS, from)) {
			regex.append(Pattern.quote(line.substring(from, at))).append(".*");
			from = at + ELLIPSIS.length();
		}
		regex.append(Pattern.quote(line.substring(from)));
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	static List<String> normalized(List<String> lines) {
		List<String> result = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
		while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
			result.remove(result.size() - 1);
		}
		return result;
	}

	List<String> lines() {
		return this.lines;
	}

	/**
	 * Compares an output with this one.
	 * @param output what the command printed
	 * @return {@code null} when it matches, else where it first differs, with line numbers of the page
	 */
	@Nullable String difference(String output) {
		List<String> actual = normalized(output.lines().toList());
		int n = this.lines.size();
		int m = actual.size();
		// reach[i][j]: the first i expected lines match the first j output lines.
		boolean[][] reach = new boolean[n + 1][m + 1];
		reach[0][0] = true;
		for (int i = 0; i < n; i++) {
			Pattern pattern = this.patterns.get(i);
			boolean earlier = false;
			for (int j = 0; j <= m; j++) {
				if (pattern == null) {
					earlier |= reach[i][j];
					reach[i + 1][j] = earlier;
				}
				else if (j < m && reach[i][j] && pattern.matcher(actual.get(j)).matches()) {
					reach[i + 1][j + 1] = true;
				}
			}
		}
		if (reach[n][m]) {
			return null;
		}
		int matched = n;
		while (!anyTrue(reach[matched])) {
			matched--;
		}
		int lastOutputLine = -1;
		for (int j = m; j >= 0 && lastOutputLine < 0; j--) {
			if (reach[matched][j]) {
				lastOutputLine = j;
			}
		}
		if (n == 0) {
			return "the page shows no output, the output has '" + actual.get(0) + "'";
		}
		if (matched == n) {
			return "the output goes on after the last line the page shows (line " + (this.firstLine + n - 1) + "): '"
					+ actual.get(lastOutputLine) + "'";
		}
		String expected = "line " + (this.firstLine + matched) + " of the page expects '" + this.lines.get(matched) + "'";
		return (lastOutputLine < m) ? expected + ", the output has '" + actual.get(lastOutputLine) + "'"
				: expected + ", but the output ends before it";
	}

	private static boolean anyTrue(boolean[] values) {
		for (boolean value : values) {
			if (value) {
				return true;
			}
		}
		return false;
	}

}
