package dev.migration.source.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Splits SQL text into statements on {@code ;}, with the lexical rules of a {@link SqlFlavour}.
 * <p>
 * A {@code ;} separates statements unless it is inside a string literal, a quoted identifier, a
 * comment or a dollar-quoted body, as the flavour defines them (and, on PostgreSQL, inside
 * parentheses or a {@code BEGIN ... END} function body, as {@code psql} does). A final statement
 * needs no {@code ;}. Stretches that hold only white space and comments are not statements.
 * <p>
 * On MySQL and MariaDB, a line {@code DELIMITER //} (any text without white space after the
 * word) makes that text end statements instead of {@code ;}, as in the {@code mysql} client, up to
 * a line {@code DELIMITER ;}: the way to write a {@code BEGIN ... END} body whose statements end
 * with {@code ;}. The {@code DELIMITER} lines are not statements.
 * <p>
 * Each statement's text runs from its first to its last character that is neither white space
 * nor comment (see {@link SqlStatement}), so a comment above a statement is not part of it and
 * does not move its line. A construct still open at the end of the text (an unterminated string,
 * say) swallows the rest of the text; {@link SqlSplit#unclosed()} reports it, so that callers can
 * refuse to run a text that certainly does not say what its author meant.
 * <p>
 * Splitters are immutable and thread-safe.
 */
public final class SqlStatementSplitter {

	private static final Map<SqlFlavour, SqlStatementSplitter> SPLITTERS = splitters();

	private final boolean nestedComments;

	private final boolean dollarQuotes;

	private final boolean taggedDollarQuotes;

	private final boolean escapeStrings;

	private final boolean backslashEscapes;

	private final boolean doubleQuotedStrings;

	private final boolean backticks;

	private final boolean hashComments;

	private final boolean slashSlashComments;

	private final boolean dashDashNeedsSpace;

	private final boolean executableComments;

	private final boolean psqlBlocks;

	private final boolean delimiterCommand;

	private SqlStatementSplitter(SqlFlavour flavour) {
		boolean postgresql = flavour == SqlFlavour.POSTGRESQL;
		boolean mysql = flavour == SqlFlavour.MYSQL;
		boolean h2 = flavour == SqlFlavour.H2;
		this.nestedComments = !mysql;
		this.dollarQuotes = postgresql || h2;
		this.taggedDollarQuotes = postgresql;
		this.escapeStrings = postgresql;
		this.backslashEscapes = mysql;
		this.doubleQuotedStrings = mysql;
		this.backticks = mysql || h2;
		this.hashComments = mysql;
		this.slashSlashComments = h2;
		this.dashDashNeedsSpace = mysql;
		this.executableComments = mysql;
		this.psqlBlocks = postgresql;
		this.delimiterCommand = mysql;
	}

	private static Map<SqlFlavour, SqlStatementSplitter> splitters() {
		Map<SqlFlavour, SqlStatementSplitter> splitters = new EnumMap<>(SqlFlavour.class);
		for (SqlFlavour flavour : SqlFlavour.values()) {
			splitters.put(flavour, new SqlStatementSplitter(flavour));
		}
		return splitters;
	}

	/**
	 * Returns the splitter for a flavour.
	 * @param flavour the flavour
	 * @return its splitter
	 */
	public static SqlStatementSplitter forFlavour(SqlFlavour flavour) {
		return SPLITTERS.get(flavour);
	}

	/**
	 * Splits a text with the rules of a flavour.
	 * @param text the SQL text
	 * @param flavour the flavour
	 * @return the statements, separators and what was left open
	 */
	public static SqlSplit split(String text, SqlFlavour flavour) {
		return forFlavour(flavour).split(text);
	}

	/**
	 * Splits a text.
	 * @param text the SQL text
	 * @return the statements, separators and what was left open
	 */
	public SqlSplit split(String text) {
		return new Scan(text).run();
	}

	private static boolean isIdentifierStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
				|| (c >= 0x80 && !Character.isWhitespace(c));
	}

	private static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
	}

	private static boolean isDollarTagPart(char c) {
		return isIdentifierPart(c) && c != '$';
	}

	/**
	 * The state of one split: where the current statement's text starts and ends, and the
	 * {@code psql} block tracking.
	 */
	private final class Scan {

		private final String text;

		private final int length;

		private final List<SqlStatement> statements = new ArrayList<>();

		private final List<Integer> separators = new ArrayList<>();

		private SqlSplit.@Nullable Unclosed unclosed;

		private int firstCode = -1;

		private int codeEnd = -1;

		private int countedUpTo;

		private int line = 1;

		private int parenDepth;

		private int parenOpenedAt;

		private int beginDepth;

		private int beginOpenedAt;

		private int wordCount;

		private final char[] leadingWords = new char[4];

		/** What ends a statement: {@code ;} unless a {@code DELIMITER} line said otherwise. */
		private String delimiter = ";";

		Scan(String text) {
			this.text = text;
			this.length = text.length();
		}

		SqlSplit run() {
			int pos = 0;
			while (pos < this.length) {
				char c = this.text.charAt(pos);
				pos = Character.isWhitespace(c) ? pos + 1 : token(pos, c);
			}
			if (this.unclosed == null && this.parenDepth > 0) {
				this.unclosed = unclosed("parenthesis", ")", this.parenOpenedAt);
			}
			else if (this.unclosed == null && this.beginDepth > 0) {
				this.unclosed = unclosed("BEGIN block", "END", this.beginOpenedAt);
			}
			endStatement();
			return new SqlSplit(this.statements, this.separators, this.unclosed);
		}

		/**
		 * Reads the token that starts at {@code pos}.
		 * @return the offset after it
		 */
		private int token(int pos, char c) {
			char next = (pos + 1 < this.length) ? this.text.charAt(pos + 1) : '\0';
			if (SqlStatementSplitter.this.delimiterCommand) {
				if (this.firstCode < 0 && (c == 'D' || c == 'd') && isDelimiterCommand(pos)) {
					return delimiterCommand(pos);
				}
				if (!this.delimiter.equals(";") && this.text.startsWith(this.delimiter, pos)) {
					endStatement();
					this.separators.add(pos);
					return pos + this.delimiter.length();
				}
			}
			switch (c) {
				case ';':
					if (!this.delimiter.equals(";")) {
						return code(pos, pos + 1);
					}
					if (SqlStatementSplitter.this.psqlBlocks && (this.parenDepth > 0 || this.beginDepth > 0)) {
						return code(pos, pos + 1);
					}
					endStatement();
					this.separators.add(pos);
					return pos + 1;
				case '-':
					return (next == '-' && (!SqlStatementSplitter.this.dashDashNeedsSpace || pos + 2 >= this.length
							|| this.text.charAt(pos + 2) <= ' ')) ? lineComment(pos + 2) : code(pos, pos + 1);
				case '#':
					return SqlStatementSplitter.this.hashComments ? lineComment(pos + 1) : code(pos, pos + 1);
				case '/':
					if (next == '*') {
						return blockComment(pos);
					}
					return (next == '/' && SqlStatementSplitter.this.slashSlashComments) ? lineComment(pos + 2)
							: code(pos, pos + 1);
				case '\'':
					return quoted(pos, pos, SqlStatementSplitter.this.backslashEscapes, "string literal");
				case '"':
					return SqlStatementSplitter.this.doubleQuotedStrings ? quoted(pos, pos, true, "string literal")
							: quoted(pos, pos, false, "quoted identifier");
				case '`':
					return SqlStatementSplitter.this.backticks ? quoted(pos, pos, false, "quoted identifier")
							: code(pos, pos + 1);
				case '$':
					return (SqlStatementSplitter.this.dollarQuotes
							&& (pos == 0 || !isIdentifierPart(this.text.charAt(pos - 1)))) ? dollarQuoted(pos)
									: code(pos, pos + 1);
				case '(':
					if (SqlStatementSplitter.this.psqlBlocks && this.parenDepth++ == 0) {
						this.parenOpenedAt = pos;
					}
					return code(pos, pos + 1);
				case ')':
					if (SqlStatementSplitter.this.psqlBlocks && this.parenDepth > 0) {
						this.parenDepth--;
					}
					return code(pos, pos + 1);
				default:
					if (isIdentifierStart(c)) {
						return word(pos);
					}
					if (c >= '0' && c <= '9') {
						return code(pos, identifierEnd(pos + 1));
					}
					return code(pos, pos + 1);
			}
		}

		/**
		 * Whether a {@code DELIMITER} command starts at {@code pos}: the word alone at the start
		 * of its line, followed by white space and the new delimiter.
		 */
		private boolean isDelimiterCommand(int pos) {
			int word = "delimiter".length();
			if (!this.text.regionMatches(true, pos, "delimiter", 0, word) || pos + word >= this.length
					|| (this.text.charAt(pos + word) != ' ' && this.text.charAt(pos + word) != '\t')) {
				return false;
			}
			for (int i = pos - 1; i >= 0 && this.text.charAt(i) != '\n' && this.text.charAt(i) != '\r'; i--) {
				if (!Character.isWhitespace(this.text.charAt(i))) {
					return false;
				}
			}
			int start = pos + word;
			while (start < this.length && (this.text.charAt(start) == ' ' || this.text.charAt(start) == '\t')) {
				start++;
			}
			return start < this.length && !Character.isWhitespace(this.text.charAt(start));
		}

		/**
		 * Reads a {@code DELIMITER} line: its first word after {@code DELIMITER} ends the next
		 * statements.
		 * @return the offset of the line's end
		 */
		private int delimiterCommand(int pos) {
			int start = pos + "delimiter".length();
			while (this.text.charAt(start) == ' ' || this.text.charAt(start) == '\t') {
				start++;
			}
			int end = start;
			while (end < this.length && !Character.isWhitespace(this.text.charAt(end))) {
				end++;
			}
			this.delimiter = this.text.substring(start, end);
			return lineComment(end);
		}

		private int identifierEnd(int from) {
			int end = from;
			while (end < this.length && isIdentifierPart(this.text.charAt(end))) {
				end++;
			}
			return end;
		}

		private int word(int pos) {
			int end = identifierEnd(pos + 1);
			char c = this.text.charAt(pos);
			if (SqlStatementSplitter.this.escapeStrings && end == pos + 1 && (c == 'E' || c == 'e') && end < this.length
					&& this.text.charAt(end) == '\'') {
				return quoted(pos, end, true, "string literal");
			}
			if (SqlStatementSplitter.this.psqlBlocks) {
				trackPsqlBlock(pos, end);
			}
			return code(pos, end);
		}

		/**
		 * Follows {@code psql}'s heuristic: inside {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE},
		 * {@code BEGIN} (and {@code CASE} within it) opens a block that {@code END} closes.
		 */
		private void trackPsqlBlock(int start, int end) {
			if (this.wordCount == 0) {
				Arrays.fill(this.leadingWords, '\0');
			}
			if (this.wordCount < this.leadingWords.length
					&& (is(start, end, "create") || is(start, end, "function") || is(start, end, "procedure")
							|| is(start, end, "or") || is(start, end, "replace"))) {
				this.leadingWords[this.wordCount] = Character.toLowerCase(this.text.charAt(start));
			}
			this.wordCount++;
			char[] words = this.leadingWords;
			boolean createsRoutine = words[0] == 'c' && (words[1] == 'f' || words[1] == 'p'
					|| (words[1] == 'o' && words[2] == 'r' && (words[3] == 'f' || words[3] == 'p')));
			if (!createsRoutine || this.parenDepth > 0) {
				return;
			}
			if (is(start, end, "begin")) {
				if (this.beginDepth++ == 0) {
					this.beginOpenedAt = start;
				}
			}
			else if (is(start, end, "case")) {
				if (this.beginDepth >= 1) {
					this.beginDepth++;
				}
			}
			else if (is(start, end, "end") && this.beginDepth > 0) {
				this.beginDepth--;
			}
		}

		private boolean is(int start, int end, String word) {
			return end - start == word.length() && this.text.regionMatches(true, start, word, 0, word.length());
		}

		private int quoted(int codeStart, int quotePos, boolean backslashEscapes, String construct) {
			char quote = this.text.charAt(quotePos);
			int i = quotePos + 1;
			while (i < this.length) {
				char c = this.text.charAt(i);
				if (c == '\\' && backslashEscapes) {
					i += 2;
				}
				else if (c != quote) {
					i++;
				}
				else if (i + 1 < this.length && this.text.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					return code(codeStart, i + 1);
				}
			}
			this.unclosed = unclosed(construct, String.valueOf(quote), codeStart);
			return codeToEnd(codeStart);
		}

		private int dollarQuoted(int pos) {
			int tagEnd = dollarTagEnd(pos);
			if (tagEnd < 0) {
				return code(pos, pos + 1);
			}
			String tag = this.text.substring(pos, tagEnd);
			int close = this.text.indexOf(tag, tagEnd);
			if (close < 0) {
				this.unclosed = unclosed("dollar-quoted string " + tag, tag, pos);
				return codeToEnd(pos);
			}
			return code(pos, close + tag.length());
		}

		/**
		 * Returns the offset after the dollar-quote tag ({@code $$} or {@code $tag$}) at
		 * {@code pos}, or -1 when there is none, as in {@code $1}.
		 */
		private int dollarTagEnd(int pos) {
			if (pos + 1 < this.length && this.text.charAt(pos + 1) == '$') {
				return pos + 2;
			}
			if (!SqlStatementSplitter.this.taggedDollarQuotes || pos + 1 >= this.length
					|| !isIdentifierStart(this.text.charAt(pos + 1))) {
				return -1;
			}
			int end = pos + 2;
			while (end < this.length && isDollarTagPart(this.text.charAt(end))) {
				end++;
			}
			return (end < this.length && this.text.charAt(end) == '$') ? end + 1 : -1;
		}

		/**
		 * Skips a line comment up to its line break.
		 * @param textStart the offset just after the comment's introducer
		 * @return the offset of the line break, or the end of the text
		 */
		private int lineComment(int textStart) {
			int end = textStart;
			while (end < this.length && this.text.charAt(end) != '\n' && this.text.charAt(end) != '\r') {
				end++;
			}
			return end;
		}

		private int blockComment(int pos) {
			boolean statementText = this.text.startsWith("/*+", pos) || (SqlStatementSplitter.this.executableComments
					&& (this.text.startsWith("/*!", pos) || this.text.startsWith("/*M!", pos)));
			int depth = 1;
			int i = pos + 2;
			while (i < this.length) {
				char c = this.text.charAt(i);
				char next = (i + 1 < this.length) ? this.text.charAt(i + 1) : '\0';
				if (c == '*' && next == '/') {
					i += 2;
					if (--depth == 0) {
						return statementText ? code(pos, i) : i;
					}
				}
				else if (c == '/' && next == '*' && SqlStatementSplitter.this.nestedComments) {
					i += 2;
					depth++;
				}
				else {
					i++;
				}
			}
			this.unclosed = unclosed("block comment", "*/", pos);
			return statementText ? codeToEnd(pos) : this.length;
		}

		private int code(int start, int end) {
			if (this.firstCode < 0) {
				this.firstCode = start;
			}
			this.codeEnd = Math.min(end, this.length);
			return end;
		}

		/**
		 * Marks statement text from {@code start} to the end of the text, for a construct left
		 * open: the statement still ends at its last character that is not white space.
		 */
		private int codeToEnd(int start) {
			int end = this.length;
			while (end > start + 1 && Character.isWhitespace(this.text.charAt(end - 1))) {
				end--;
			}
			code(start, end);
			return this.length;
		}

		private void endStatement() {
			if (this.firstCode >= 0) {
				this.statements.add(new SqlStatement(this.text.substring(this.firstCode, this.codeEnd),
						lineAt(this.firstCode), this.firstCode, this.codeEnd));
			}
			this.firstCode = -1;
			this.codeEnd = -1;
			this.parenDepth = 0;
			this.beginDepth = 0;
			this.wordCount = 0;
		}

		/** Counts line breaks ({@code \n}, {@code \r\n} or {@code \r}) up to an offset. */
		private int lineAt(int offset) {
			for (; this.countedUpTo < offset; this.countedUpTo++) {
				char c = this.text.charAt(this.countedUpTo);
				if (c == '\n' || (c == '\r'
						&& (this.countedUpTo + 1 >= this.length || this.text.charAt(this.countedUpTo + 1) != '\n'))) {
					this.line++;
				}
			}
			return this.line;
		}

		private SqlSplit.Unclosed unclosed(String construct, String closing, int offset) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < offset; i++) {
				char c = this.text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 >= this.length || this.text.charAt(i + 1) != '\n'))) {
					line++;
					lineStart = i + 1;
				}
			}
			return new SqlSplit.Unclosed(construct, closing, offset, line, offset - lineStart + 1);
		}

	}

}
