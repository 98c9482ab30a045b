package dev.migration.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a SQL statement in the one shape the lint's patterns read: comments removed, string
 * literals emptied to {@code ''}, dollar-quoted bodies to {@code $$}, white space folded to one
 * space, upper case outside quoted identifiers. So {@code DEFAULT 'not null'} cannot read as
 * {@code NOT NULL}, and a commented-out statement reads as nothing.
 */
final class SqlText {

	private SqlText() {
	}

	/**
	 * Normalizes a statement.
	 * @param sql the statement
	 * @return the normalized text, trimmed
	 */
	static String normalize(String sql) {
		StringBuilder out = new StringBuilder(sql.length());
		int i = 0;
		int n = sql.length();
		while (i < n) {
			char c = sql.charAt(i);
			char next = (i + 1 < n) ? sql.charAt(i + 1) : '\0';
			if (c == '-' && next == '-') {
				i = endOfLine(sql, i);
				space(out);
			}
			else if (c == '/' && next == '*') {
				i = endOfBlockComment(sql, i);
				space(out);
			}
			else if (c == '\'') {
				i = endOfQuoted(sql, i, '\'');
				out.append("''");
			}
			else if (c == '"' || c == '`') {
				int end = endOfQuoted(sql, i, c);
				out.append(sql, i, end);
				i = end;
			}
			else if (c == '$' && !precededByWord(sql, i)) {
				int end = endOfDollarQuoted(sql, i);
				if (end > i) {
					out.append("$$");
					i = end;
				}
				else {
					out.append(c);
					i++;
				}
			}
			else if (Character.isWhitespace(c)) {
				space(out);
				i++;
			}
			else {
				out.append(Character.toUpperCase(c));
				i++;
			}
		}
		return out.toString().strip();
	}

	private static void space(StringBuilder out) {
		if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
			out.append(' ');
		}
	}

	private static int endOfLine(String sql, int from) {
		int end = sql.indexOf('\n', from);
		return (end < 0) ? sql.length() : end + 1;
	}

	private static int endOfBlockComment(String sql, int from) {
		int depth = 0;
		int i = from;
		while (i < sql.length()) {
			if (sql.startsWith("/*", i)) {
				depth++;
				i += 2;
			}
			else if (sql.startsWith("*/", i)) {
				depth--;
				i += 2;
				if (depth == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

	/** The index after a quoted text starting at {@code from}, a doubled quote staying inside. */
	private static int endOfQuoted(String sql, int from, char quote) {
		int i = from + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

	private static boolean precededByWord(String sql, int at) {
		return at > 0 && (Character.isLetterOrDigit(sql.charAt(at - 1)) || sql.charAt(at - 1) == '_');
	}

	/** The index after a {@code $tag$ ... $tag$} body starting at {@code from}, or {@code from}. */
	private static int endOfDollarQuoted(String sql, int from) {
		int close = from + 1;
		while (close < sql.length() && (Character.isLetterOrDigit(sql.charAt(close)) || sql.charAt(close) == '_')) {
			close++;
		}
		if (close >= sql.length() || sql.charAt(close) != '$' || (close > from + 1 && Character.isDigit(sql.charAt(from + 1)))) {
			return from;
		}
		String tag = sql.substring(from, close + 1);
		int end = sql.indexOf(tag, close + 1);
		return (end < 0) ? sql.length() : end + tag.length();
	}

	/**
	 * Splits normalized text at the commas outside parentheses and quoted identifiers.
	 * @param text normalized text
	 * @return the parts, trimmed
	 */
	static List<String> splitTopLevel(String text) {
		Scan scan = Scan.of(text);
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ',' && scan.outside(i, 0)) {
				parts.add(text.substring(start, i).strip());
				start = i + 1;
			}
		}
		String last = text.substring(start).strip();
		if (!last.isEmpty() || !parts.isEmpty()) {
			parts.add(last);
		}
		return parts;
	}

	/**
	 * Returns the index of the parenthesis that closes the one at {@code open}.
	 * @param text normalized text
	 * @param open the index of a {@code (}
	 * @return the index of its {@code )}, or -1
	 */
	static int closing(String text, int open) {
		Scan scan = Scan.of(text);
		for (int i = open + 1; i < text.length(); i++) {
			if (text.charAt(i) == ')' && scan.outside(i, scan.depth()[open])) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Returns the text with what is inside parentheses removed ({@code CHECK (a IS NOT NULL)}
	 * becomes {@code CHECK ()}), to look for keywords at the top level only.
	 * @param text normalized text
	 * @return the top level
	 */
	static String topLevel(String text) {
		Scan scan = Scan.of(text);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (scan.depth()[i] == 0) {
				out.append(text.charAt(i));
			}
		}
		return out.toString();
	}

	/**
	 * Returns where a pattern first matches at the top level: outside parentheses and quoted
	 * identifiers.
	 * @param text normalized text
	 * @param pattern the pattern, matched from each top-level position
	 * @return the index, or -1
	 */
	static int findTopLevel(String text, Pattern pattern) {
		Scan scan = Scan.of(text);
		Matcher matcher = pattern.matcher(text);
		for (int i = 0; i < text.length(); i++) {
			if (scan.outside(i, 0) && matcher.region(i, text.length()).lookingAt()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Where each character of a text stands: how deep in parentheses (a parenthesis itself at
	 * the depth outside it), and whether inside a quoted identifier.
	 */
	private record Scan(int[] depth, boolean[] quoted) {

		static Scan of(String text) {
			int[] depth = new int[text.length()];
			boolean[] quoted = new boolean[text.length()];
			int level = 0;
			int i = 0;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c == '"' || c == '`') {
					int end = endOfQuoted(text, i, c);
					Arrays.fill(depth, i, end, level);
					Arrays.fill(quoted, i, end, true);
					i = end;
					continue;
				}
				if (c == ')') {
					level--;
				}
				depth[i] = level;
				if (c == '(') {
					level++;
				}
				i++;
			}
			return new Scan(depth, quoted);
		}

		/** Whether the character is structure at the given depth: not quoted, not deeper. */
		boolean outside(int i, int level) {
			return !this.quoted[i] && this.depth[i] == level;
		}

	}

	/**
	 * Turns a possibly qualified, possibly quoted name as matched in normalized text into the
	 * lint's form: its last part, unquoted, lower case.
	 * @param name the name, for example {@code PUBLIC."Sessions"}
	 * @return the name, for example {@code sessions}
	 */
	static String name(String name) {
		String last = name.strip();
		Scan scan = Scan.of(last);
		int partStart = 0;
		for (int i = 0; i < last.length(); i++) {
			if (last.charAt(i) == '.' && !scan.quoted()[i]) {
				partStart = i + 1;
			}
		}
		String part = last.substring(partStart).strip();
		if (part.length() >= 2 && (part.charAt(0) == '"' || part.charAt(0) == '`')) {
			char quote = part.charAt(0);
			part = part.substring(1, part.length() - 1).replace(String.valueOf(quote) + quote, String.valueOf(quote));
		}
		return part.toLowerCase(Locale.ROOT);
	}

}
