package dev.migration.source.sql;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of splitting a SQL text: its statements, the separators that ended them, and the
 * construct left open at the end of the text, if any.
 * <p>
 * The text is exactly its statements and separators, in order, with only white space and
 * comments between them: every statement lies between two consecutive separators (or the start
 * or end of the text), and every stretch between two separators holds at most one statement.
 *
 * @param statements the statements, in order
 * @param separators the offsets of the {@code ;} that ended a statement (or an empty stretch),
 * in order
 * @param unclosed the string, quoted identifier, comment, body or block still open at the end of
 * the text, which therefore swallowed everything after its start; {@code null} when none
 */
public record SqlSplit(List<SqlStatement> statements, List<Integer> separators, @Nullable Unclosed unclosed) {

	public SqlSplit {
		statements = List.copyOf(statements);
		separators = List.copyOf(separators);
	}

	/**
	 * A construct opened but never closed.
	 *
	 * @param construct what was opened, for messages, for example {@code string literal} or
	 * {@code dollar-quoted body $fn$}
	 * @param closing what would have closed it, for example {@code '} or {@code $fn$}
	 * @param offset the offset in the split text where it starts
	 * @param line the 1-based line where it starts
	 * @param column the 1-based column where it starts
	 */
	public record Unclosed(String construct, String closing, int offset, int line, int column) {
	}

}
