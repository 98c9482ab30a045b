package dev.migration.cli;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A command line of the guide, split into words as a POSIX shell would: single and double
 * quotes, backslash escapes, a trailing {@code # comment} and one {@code > file} redirection.
 * What the tests do not run (pipes, {@code ;}, {@code &&}, other redirections, variables,
 * substitutions) is listed in {@link #unsupported()}; the words stop at the first control
 * operator, so they are those of the first command of a pipeline or list.
 *
 * @param words the words, quotes removed
 * @param redirect the file standard output is written to, if any
 * @param comment the comment after {@code #}, if any, stripped
 * @param unsupported the shell constructs found that are not plain words, a redirection or a comment
 */
record ShellLine(List<String> words, @Nullable String redirect, @Nullable String comment, List<String> unsupported) {

	private static final String OPERATORS = "|&;<()`";

	static ShellLine parse(String line) {
		return new Parser(line).parse();
	}

	private static final class Parser {

		private final String line;

		private int at;

		private final List<String> words = new ArrayList<>();

		private final List<String> unsupported = new ArrayList<>();

		private @Nullable String redirect;

		private @Nullable String comment;

		Parser(String line) {
			this.line = line;
		}

		ShellLine parse() {
			while (true) {
				skipSpaces();
				if (this.at >= this.line.length()) {
					break;
				}
				char c = this.line.charAt(this.at);
				if (c == '#') {
					this.comment = this.line.substring(this.at + 1).strip();
					break;
				}
				if (OPERATORS.indexOf(c) >= 0) {
					this.unsupported.add("'" + c + "'");
					break;
				}
				if (c == '>') {
					redirection();
					continue;
				}
				String word = word();
				if (this.at < this.line.length() && this.line.charAt(this.at) == '>' && word.chars().allMatch(Character::isDigit)) {
					this.unsupported.add("'" + word + ">'");
					break;
				}
				this.words.add(word);
			}
			return new ShellLine(List.copyOf(this.words), this.redirect, this.comment, List.copyOf(this.unsupported));
		}

		private void redirection() {
			this.at++;
			if (this.at < this.line.length() && (this.line.charAt(this.at) == '>' || this.line.charAt(this.at) == '&')) {
				this.unsupported.add("'>" + this.line.charAt(this.at) + "'");
				this.at++;
			}
			skipSpaces();
			String target = (this.at < this.line.length()) ? word() : "";
			if (target.isEmpty()) {
				this.unsupported.add("'>' without a file");
			}
			else if (this.redirect != null) {
				this.unsupported.add("a second '>'");
			}
			else {
				this.redirect = target;
			}
		}

		/** Reads one word, up to a space, an operator or a redirection outside quotes. */
		private String word() {
			StringBuilder word = new StringBuilder();
			while (this.at < this.line.length()) {
				char c = this.line.charAt(this.at);
				if (Character.isWhitespace(c) || c == '>' || OPERATORS.indexOf(c) >= 0) {
					break;
				}
				this.at++;
				switch (c) {
					case '\'' -> {
						int end = this.line.indexOf('\'', this.at);
						if (end < 0) {
							this.unsupported.add("an unclosed quote");
							end = this.line.length();
						}
						word.append(this.line, this.at, end);
						this.at = Math.min(end + 1, this.line.length());
					}
					case '"' -> doubleQuoted(word);
					case '\\' -> {
						if (this.at < this.line.length()) {
							word.append(this.line.charAt(this.at++));
						}
					}
					case '$' -> {
						this.unsupported.add("'$' (a variable or substitution)");
						word.append(c);
					}
					default -> word.append(c);
				}
			}
			return word.toString();
		}

		private void doubleQuoted(StringBuilder word) {
			while (this.at < this.line.length()) {
				char c = this.line.charAt(this.at++);
				if (c == '"') {
					return;
				}
				if (c == '\\' && this.at < this.line.length() && "\"\\$`".indexOf(this.line.charAt(this.at)) >= 0) {
					word.append(this.line.charAt(this.at++));
				}
				else {
					if (c == '$' || c == '`') {
						this.unsupported.add("'" + c + "' (a variable or substitution)");
					}
					word.append(c);
				}
			}
			this.unsupported.add("an unclosed quote");
		}

		private void skipSpaces() {
			while (this.at < this.line.length() && Character.isWhitespace(this.line.charAt(this.at))) {
				this.at++;
			}
		}

	}

}
