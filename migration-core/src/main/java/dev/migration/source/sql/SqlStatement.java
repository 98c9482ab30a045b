package dev.migration.source.sql;

/**
 * One statement of a SQL text, as the {@link SqlStatementSplitter} found it.
 * <p>
 * The statement's text runs from its first to its last character that is neither white space
 * nor part of a comment: comments inside it are kept (they are sent to the database), comments
 * before it or between its end and its {@code ;} are not. So {@link #line()} is the line where
 * the statement's text begins, never the line of a comment above it. Comments that are statement
 * text for the database ({@code /*+ hints *}{@code /}, MySQL's {@code /*! ... *}{@code /}) count
 * as text.
 *
 * @param sql the statement's text, without its terminating {@code ;}
 * @param line the 1-based line of the split text where the statement's text begins
 * @param start the offset in the split text of the statement's first character
 * @param end the offset in the split text just after the statement's last character
 */
public record SqlStatement(String sql, int line, int start, int end) {
}
