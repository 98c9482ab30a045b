package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized SQL into words at the spaces outside parentheses and quoted identifiers, a
 * parenthesized group being a word of its own: {@code NUMERIC (10, 2) NOT NULL} gives
 * {@code NUMERIC}, {@code (10, 2)}, {@code NOT}, {@code NULL}.
 */
final class SqlWords {

	private SqlWords() {
	}

	static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ') {
				flush(words, word);
				i++;
			}
			else if (c == '(') {
				int close = SqlText.closing(text, i);
				int end = (close < 0) ? text.length() : close + 1;
				if (word.length() > 0 && !isName(word)) {
					flush(words, word);
				}
				word.append(text, i, end);
				i = end;
			}
			else if (c == '"' || c == '`') {
				int end = text.indexOf(c, i + 1);
				while (end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == c) {
					end = text.indexOf(c, end + 2);
				}
				end = (end < 0) ? text.length() : end + 1;
				word.append(text, i, end);
				i = end;
			}
			else {
				word.append(c);
				i++;
			}
		}
		flush(words, word);
		return words;
	}

	/** Whether the word so far is a type or function name that a {@code (} continues. */
	private static boolean isName(StringBuilder word) {
		char last = word.charAt(word.length() - 1);
		return Character.isLetterOrDigit(last) || last == '_';
	}

	private static void flush(List<String> words, StringBuilder word) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

}
