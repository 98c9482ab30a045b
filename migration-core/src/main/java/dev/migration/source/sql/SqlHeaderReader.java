package dev.migration.source.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.migration.revision.InvalidRevisionsException.Problem;
import dev.migration.revision.Revision;
import dev.migration.script.LintSuppression;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code -- key: value} lines of a SQL revision file's header and checks their values,
 * collecting a problem for everything wrong instead of stopping at the first.
 */
final class SqlHeaderReader {

	static final String REVISION = "revision";

	static final String DOWN_REVISION = "down_revision";

	static final String BRANCH_LABELS = "branch_labels";

	static final String DEPENDS_ON = "depends_on";

	static final String MESSAGE = "message";

	static final String CREATE_DATE = "create_date";

	static final String TRANSACTIONAL = "transactional";

	/** The one key that may be repeated: each line silences lint rules for this revision. */
	static final String LINT_IGNORE = "lint_ignore";

	static final List<String> KEYS = List.of(REVISION, DOWN_REVISION, BRANCH_LABELS, DEPENDS_ON, MESSAGE, CREATE_DATE,
			TRANSACTIONAL, LINT_IGNORE);

	private static final String NONE = "none";

	private final String source;

	private final List<Problem> problems;

	private final Map<String, Entry> entries = new HashMap<>();

	private final List<LintSuppression> lintSuppressions = new ArrayList<>();

	/**
	 * Creates a reader for one file.
	 * @param source the file's location, for problems
	 * @param problems where problems go
	 */
	SqlHeaderReader(String source, List<Problem> problems) {
		this.source = source;
		this.problems = problems;
	}

	/**
	 * Reads one header line.
	 * @param line the line's number
	 * @param key the key
	 * @param keyColumn the column where the key starts
	 * @param value the value, without surrounding white space
	 * @param valueColumn the column where the value starts
	 */
	void read(int line, String key, int keyColumn, String value, int valueColumn) {
		if (key.equals(LINT_IGNORE) || key.equals("lint-ignore")) {
			// Checked by the linter, which reports a missing reason or an unknown rule.
			this.lintSuppressions.addAll(LintSuppression.parse(value, line));
			return;
		}
		if (!KEYS.contains(key)) {
			problem(line, keyColumn, unknownKey(key));
			return;
		}
		Entry first = this.entries.putIfAbsent(key, new Entry(line, value, valueColumn));
		if (first != null) {
			problem(line, keyColumn, "Duplicate header key '" + key + "' (first given at line " + first.line()
					+ "). Keep only one '-- " + key + ":' line.");
		}
	}

	private static String unknownKey(String key) {
		String lowerCase = key.toLowerCase(Locale.ROOT);
		if (lowerCase.equals("upgrade") || lowerCase.equals("downgrade")) {
			return "'-- " + key + ":' is not a section line. Start the " + lowerCase + " section with a line that is just '-- "
					+ lowerCase + "', without a colon.";
		}
		String nearest = KeySuggestion.nearest(key, KEYS);
		if (nearest != null) {
			return "Unknown header key '" + key + "'. Did you mean '" + nearest + "'?";
		}
		return "Unknown header key '" + key + "'. The header keys are " + String.join(", ", KEYS)
				+ ". If this line is a comment, reword it so that it does not read as '-- key: value'.";
	}

	/**
	 * Checks the values read and returns the header, or {@code null} when a problem prevents
	 * building it (the problems have then been recorded).
	 * @return the header, or {@code null}
	 */
	@Nullable SqlHeader finish() {
		int before = this.problems.size();
		String id = revisionId();
		List<String> downRevisions = downRevisions();
		List<String> branchLabels = list(BRANCH_LABELS, "branch label");
		List<String> dependsOn = list(DEPENDS_ON, "revision id or branch label");
		boolean transactional = transactional();
		if (this.problems.size() > before || id == null) {
			return null;
		}
		Entry message = this.entries.get(MESSAGE);
		Entry createDate = this.entries.get(CREATE_DATE);
		Revision revision = new Revision(id, downRevisions, branchLabels, dependsOn,
				(message != null) ? message.value() : "",
				(createDate != null && !createDate.value().isEmpty()) ? createDate.value() : null, this.source);
		return new SqlHeader(revision, transactional, this.lintSuppressions);
	}

	private @Nullable String revisionId() {
		Entry entry = this.entries.get(REVISION);
		if (entry == null) {
			problem(0, 0, "Missing header line '-- revision: <id>'. Add it at the top of the file, for example "
					+ "'-- revision: ae1027a6acf'.");
			return null;
		}
		if (entry.value().isEmpty()) {
			problem(entry.line(), entry.column(), "The revision id is empty. Write the id after 'revision:', for example "
					+ "'-- revision: ae1027a6acf'.");
			return null;
		}
		if (!Revision.isValidId(entry.value())) {
			problem(entry.line(), entry.column(), "Revision id '" + entry.value()
					+ "' is not valid: use only letters, digits and '_'.");
			return null;
		}
		return entry.value();
	}

	private List<String> downRevisions() {
		Entry entry = this.entries.get(DOWN_REVISION);
		if (entry == null) {
			problem(0, 0, "Missing header line '-- down_revision: ...'. Add '-- down_revision: none' for a first "
					+ "revision, or '-- down_revision: <id>' naming the revision this one follows.");
			return List.of();
		}
		if (entry.value().isEmpty()) {
			problem(entry.line(), entry.column(), "down_revision is empty. Write 'none' for a first revision, or the id "
					+ "of the revision this one follows (several ids, separated by commas, for a merge).");
			return List.of();
		}
		return ids(DOWN_REVISION, entry, "revision id");
	}

	private List<String> list(String key, String what) {
		Entry entry = this.entries.get(key);
		return (entry == null || entry.value().isEmpty()) ? List.of() : ids(key, entry, what);
	}

	/**
	 * Reads a comma-separated list of ids, or {@code none} for no ids.
	 */
	private List<String> ids(String key, Entry entry, String what) {
		if (entry.value().equalsIgnoreCase(NONE)) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String value = entry.value();
		int itemStart = 0;
		while (itemStart <= value.length()) {
			int comma = value.indexOf(',', itemStart);
			int itemEnd = (comma < 0) ? value.length() : comma;
			String raw = value.substring(itemStart, itemEnd);
			String item = raw.strip();
			int column = entry.column() + itemStart + (raw.isBlank() ? 0 : raw.indexOf(item.charAt(0)));
			if (item.isEmpty()) {
				problem(entry.line(), column, "Empty item in " + key + ". Remove the extra comma.");
			}
			else if (item.equalsIgnoreCase(NONE)) {
				problem(entry.line(), column, "'" + item + "' cannot be listed with other ids in " + key
						+ ". Write 'none' alone, or list only ids.");
			}
			else if (!Revision.isValidId(item)) {
				problem(entry.line(), column, "'" + item + "' in " + key + " is not a valid " + what
						+ ": use only letters, digits and '_', and separate several with commas.");
			}
			else if (!seen.add(item)) {
				problem(entry.line(), column, "'" + item + "' is listed twice in " + key + ". List it once.");
			}
			else {
				ids.add(item);
			}
			itemStart = itemEnd + 1;
		}
		return ids;
	}

	private boolean transactional() {
		Entry entry = this.entries.get(TRANSACTIONAL);
		if (entry == null || entry.value().equalsIgnoreCase("true")) {
			return true;
		}
		if (entry.value().equalsIgnoreCase("false")) {
			return false;
		}
		problem(entry.line(), entry.column(), "transactional must be 'true' or 'false', not '" + entry.value() + "'.");
		return true;
	}

	private void problem(int line, int column, String message) {
		this.problems.add(new Problem(this.source, line, column, message));
	}

	/**
	 * One header line's value and where it is.
	 */
	private record Entry(int line, String value, int column) {
	}

}
