package dev.migration.source.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migration.revision.InvalidRevisionsException;
import dev.migration.revision.InvalidRevisionsException.Problem;
import dev.migration.script.RevisionScript;
import dev.migration.source.RevisionContent;
import dev.migration.source.RevisionFile;
import dev.migration.source.RevisionFileParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads SQL revision files ({@code .sql}):
 *
 * <pre>
 * -- revision: add_claude_session_id
 * -- down_revision: previous_revision_id
 * -- message: Add claude_session_id to session table
 * -- create_date: 2024-10-24 14:30:00
 *
 * -- upgrade
 * ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);
 *
 * -- downgrade
 * ALTER TABLE sessions DROP COLUMN claude_session_id;
 * </pre>
 *
 * <ul>
 * <li>Everything above the {@code -- upgrade} line is the header: {@code -- key: value} lines,
 * blank lines and comments. The keys are {@code revision} and {@code down_revision} (required;
 * {@code none} for a first revision, ids separated by commas for a merge), {@code branch_labels}
 * and {@code depends_on} (comma-separated), {@code message}, {@code create_date},
 * {@code transactional} ({@code true}, the default, or {@code false}) and {@code lint_ignore}
 * (also spelt {@code lint-ignore}; repeatable: {@code -- lint_ignore: rule-id (reason)} silences
 * a lint rule for this revision). Any comment line shaped
 * {@code -- word: ...} there is taken for a header line, so that a mistyped key is reported
 * rather than ignored.</li>
 * <li>A line that is {@code -- upgrade} or {@code -- downgrade} (any case, any white space around
 * or between the dashes and the word) starts that section, wherever it is, even inside a
 * multi-line string or comment. The upgrade section is required and comes first; the downgrade
 * section is optional, and may be empty.</li>
 * <li>A section's statements are split when the revision runs, with the rules of its database
 * (see {@link SqlStatementSplitter}), and each is applied as an
 * {@link dev.migration.operation.Execute} with the line of the file where its text begins.</li>
 * </ul>
 * The file's text is read {@link RevisionContent#normalize normalized} (no byte order mark,
 * {@code \n} line endings). Every problem of a file is reported at once, with its line and
 * column.
 */
public final class SqlRevisionParser implements RevisionFileParser {

	@Override
	public boolean supports(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
	}

	@Override
	public RevisionScript parse(RevisionFile file) {
		String content = RevisionContent.normalize(file.content());
		String[] lines = content.split("\n", -1);
		List<Problem> problems = new ArrayList<>();
		Markers markers = findMarkers(file.location(), lines, problems);
		SqlHeaderReader header = new SqlHeaderReader(file.location(), problems);
		readPreamble(file.location(), lines, markers, header, problems);
		SqlHeader read = header.finish();
		if (!problems.isEmpty() || read == null) {
			problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
			throw new InvalidRevisionsException(problems);
		}
		int[] lineStarts = lineStarts(lines);
		SqlSection upgrade = section("upgrade", content, lineStarts, markers.upgrade(), markers);
		SqlSection downgrade = (markers.downgrade() > 0)
				? section("downgrade", content, lineStarts, markers.downgrade(), markers) : null;
		Set<Integer> lintLines = new HashSet<>();
		read.lintSuppressions().forEach((suppression) -> lintLines.add(suppression.line()));
		return new SqlRevisionScript(read, RevisionContent.checksum(RevisionContent.withoutLines(content, lintLines)),
				upgrade, downgrade);
	}

	private static Markers findMarkers(String source, String[] lines, List<Problem> problems) {
		int upgrade = 0;
		int downgrade = 0;
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String section = sectionOf(lines[i]);
			if (section == null) {
				continue;
			}
			int line = i + 1;
			all.add(line);
			int first = section.equals("upgrade") ? upgrade : downgrade;
			if (first > 0) {
				problems.add(new Problem(source, line, "Second '-- " + section + "' line; the " + section
						+ " section already starts at line " + first + ". A file has one " + section
						+ " section: remove this line, or merge the two sections."));
			}
			else if (section.equals("upgrade")) {
				upgrade = line;
			}
			else {
				downgrade = line;
			}
		}
		if (upgrade > 0 && downgrade > 0 && downgrade < upgrade) {
			problems.add(new Problem(source, downgrade, "The '-- downgrade' section comes before '-- upgrade' (line "
					+ upgrade + "). Move the downgrade section after the upgrade section."));
		}
		return new Markers(upgrade, downgrade, all);
	}

	/**
	 * Returns {@code upgrade} or {@code downgrade} when the line starts that section.
	 */
	private static @Nullable String sectionOf(String line) {
		String trimmed = line.strip();
		if (!trimmed.startsWith("--")) {
			return null;
		}
		String word = trimmed.substring(2).strip();
		if (word.equalsIgnoreCase("upgrade")) {
			return "upgrade";
		}
		return word.equalsIgnoreCase("downgrade") ? "downgrade" : null;
	}

	/**
	 * Reads the lines above the first section: header lines, comments and blank lines.
	 */
	private static void readPreamble(String source, String[] lines, Markers markers, SqlHeaderReader header,
			List<Problem> problems) {
		int end = markers.all().isEmpty() ? lines.length : markers.all().get(0) - 1;
		boolean inBlockComment = false;
		int sqlLine = 0;
		int sqlColumn = 0;
		for (int i = 0; i < end; i++) {
			String line = lines[i];
			int rest = 0;
			if (inBlockComment) {
				int close = line.indexOf("*/");
				if (close < 0) {
					continue;
				}
				inBlockComment = false;
				rest = close + 2;
			}
			int start = firstNonBlank(line, rest);
			if (start < 0) {
				continue;
			}
			if (line.startsWith("/*", start)) {
				int close = line.indexOf("*/", start + 2);
				if (close < 0) {
					inBlockComment = true;
					continue;
				}
				start = firstNonBlank(line, close + 2);
				if (start < 0) {
					continue;
				}
			}
			if (line.startsWith("--", start)) {
				readHeaderLine(i + 1, line, start, header);
			}
			else if (sqlLine == 0) {
				sqlLine = i + 1;
				sqlColumn = start + 1;
			}
		}
		if (sqlLine > 0) {
			problems.add(new Problem(source, sqlLine, sqlColumn, (markers.upgrade() > 0)
					? "SQL above the '-- upgrade' line (line " + markers.upgrade() + "). Statements belong in a section: "
							+ "move them below '-- upgrade', or make them comments."
					: "SQL outside any section. Put a line '-- upgrade' above the upgrade statements."));
		}
		else if (markers.upgrade() == 0) {
			problems.add(new Problem(source, 0, "No '-- upgrade' line. Put a line '-- upgrade' after the header, "
					+ "followed by the upgrade statements."));
		}
	}

	/**
	 * Reads a {@code --} line of the preamble: a header line when it reads {@code -- key: value},
	 * otherwise a comment.
	 */
	private static void readHeaderLine(int lineNumber, String line, int dashes, SqlHeaderReader header) {
		int keyStart = skipSpaces(line, dashes + 2);
		int keyEnd = keyStart;
		while (keyEnd < line.length() && isKeyCharacter(line.charAt(keyEnd))) {
			keyEnd++;
		}
		int colon = skipSpaces(line, keyEnd);
		if (keyEnd == keyStart || colon >= line.length() || line.charAt(colon) != ':' || line.startsWith("//", colon + 1)) {
			return;
		}
		int valueStart = skipSpaces(line, colon + 1);
		header.read(lineNumber, line.substring(keyStart, keyEnd), keyStart + 1, line.substring(valueStart).strip(),
				valueStart + 1);
	}

	private static boolean isKeyCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
	}

	private static int skipSpaces(String line, int from) {
		int i = from;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	private static int firstNonBlank(String line, int from) {
		for (int i = from; i < line.length(); i++) {
			if (!Character.isWhitespace(line.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int[] lineStarts(String[] lines) {
		int[] starts = new int[lines.length + 1];
		for (int i = 0; i < lines.length; i++) {
			starts[i + 1] = starts[i] + lines[i].length() + 1;
		}
		return starts;
	}

	/**
	 * Cuts a section's text: from the line after its {@code --} line to the next section line or
	 * the end of the file.
	 */
	private static SqlSection section(String name, String content, int[] lineStarts, int markerLine, Markers markers) {
		int next = markers.all().stream().filter((line) -> line > markerLine).findFirst().orElse(0);
		int start = Math.min(lineStarts[markerLine], content.length());
		int end = (next > 0) ? lineStarts[next - 1] : content.length();
		return new SqlSection(name, content.substring(start, Math.max(start, end)), markerLine + 1);
	}

	/**
	 * The lines that start sections.
	 *
	 * @param upgrade the line of the first {@code -- upgrade}, or 0
	 * @param downgrade the line of the first {@code -- downgrade}, or 0
	 * @param all every section line, in order
	 */
	private record Markers(int upgrade, int downgrade, List<Integer> all) {
	}

}
