package dev.migration.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;

/**
 * Reads what one SQL statement does to the schema, for the lint rules: {@code CREATE TABLE},
 * {@code ALTER TABLE} (its {@code ADD}, {@code DROP}, {@code ALTER ... TYPE},
 * {@code SET NOT NULL}, {@code RENAME}, and MariaDB's {@code MODIFY} and {@code CHANGE}
 * clauses), {@code DROP TABLE}, {@code RENAME TABLE}, {@code CREATE INDEX} and
 * {@code UPDATE}, in the syntax of PostgreSQL, MariaDB/MySQL and H2. The statement is first
 * {@link SqlText#normalize normalized}; what the patterns do not recognize yields no change.
 */
final class SqlChanges {

	/** A name, possibly quoted, possibly qualified by a schema. */
	private static final String NAME = "((?:\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|[A-Z_][A-Z0-9_$]*)"
			+ "(?: ?\\. ?(?:\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|[A-Z_][A-Z0-9_$]*))*)";

	private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE (?:OR REPLACE )?(?:(?:GLOBAL|LOCAL) )?"
			+ "(?:TEMPORARY |TEMP |UNLOGGED )?TABLE (?:IF NOT EXISTS )?" + NAME + " ?(.*)$");

	private static final Pattern ALTER_TABLE = Pattern
		.compile("^ALTER (?:ONLINE |IGNORE )?TABLE (?:IF EXISTS )?(?:ONLY )?" + NAME + " ?\\*? (.*)$");

	private static final Pattern DROP_TABLE = Pattern
		.compile("^DROP (?:TEMPORARY )?TABLE (?:IF EXISTS )?(.+?)(?: CASCADE| RESTRICT)?$");

	private static final Pattern RENAME_TABLE = Pattern.compile("^RENAME TABLE (.+)$");

	private static final Pattern RENAME_PAIR = Pattern.compile("^" + NAME + " TO " + NAME + "$");

	private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (?:OR REPLACE )?(?:UNIQUE |FULLTEXT |SPATIAL )?"
			+ "INDEX (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:" + NAME + " )?(?:USING \\w+ )?ON (?:ONLY )?" + NAME);

	private static final Pattern UPDATE = Pattern.compile("^UPDATE (?:ONLY |LOW_PRIORITY |IGNORE )*" + NAME
			+ "(.*?) SET (.*)$");

	private static final Pattern END_OF_ASSIGNMENTS = Pattern.compile(" (?:WHERE|FROM|RETURNING|ORDER BY|LIMIT) ");

	private static final Pattern ASSIGNED = Pattern.compile("^" + NAME + " ?=");

	private static final Pattern ASSIGNED_TUPLE = Pattern.compile("^\\((.*?)\\) ?=");

	private static final Pattern ADD = Pattern.compile("^ADD (COLUMN )?(?:IF NOT EXISTS )?(.*)$");

	private static final Pattern DROP = Pattern
		.compile("^DROP (COLUMN )?(?:IF EXISTS )?" + NAME + "(?: CASCADE| RESTRICT)?$");

	private static final Pattern ALTER_TYPE = Pattern
		.compile("^ALTER (?:COLUMN )?" + NAME + " (?:SET DATA )?TYPE (.+?)(?: USING .*| COLLATE .*)?$");

	private static final Pattern SET_NOT_NULL = Pattern.compile("^ALTER (?:COLUMN )?" + NAME + " SET NOT NULL$");

	private static final Pattern MODIFY = Pattern.compile("^MODIFY (?:COLUMN )?(?:IF EXISTS )?(.*)$");

	private static final Pattern CHANGE = Pattern.compile("^CHANGE (?:COLUMN )?(?:IF EXISTS )?" + NAME + " (.*)$");

	private static final Pattern RENAME_COLUMN = Pattern.compile("^RENAME (?:COLUMN )?" + NAME + " TO " + NAME + "$");

	private static final Pattern RENAME_TO = Pattern.compile("^RENAME (?:TO|AS) " + NAME + "$");

	/** Words after {@code ADD} or {@code DROP} that name something other than a column. */
	private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
			"INDEX", "KEY", "FULLTEXT", "SPATIAL", "EXCLUDE", "PARTITION", "PERIOD", "SYSTEM", "DEFAULT");

	private SqlChanges() {
	}

	/**
	 * Reads what a statement changes.
	 * @param sql the statement
	 * @param line the line of the revision file where it begins
	 * @return the changes, in order; none when the statement is not one the rules look at
	 */
	static List<Change> of(String sql, int line) {
		String text = SqlText.normalize(sql);
		List<Change> changes = new ArrayList<>();
		Matcher matcher;
		if ((matcher = CREATE_TABLE.matcher(text)).matches()) {
			changes.add(createTable(SqlText.name(matcher.group(1)), matcher.group(2), line));
		}
		else if ((matcher = CREATE_INDEX.matcher(text)).find()) {
			String index = (matcher.group(2) != null) ? SqlText.name(matcher.group(2)) : "";
			changes.add(new Change.CreateIndex(index, SqlText.name(matcher.group(3)), matcher.group(1) != null, line));
		}
		else if ((matcher = ALTER_TABLE.matcher(text)).matches()) {
			String table = SqlText.name(matcher.group(1));
			for (String action : SqlText.splitTopLevel(matcher.group(2))) {
				alterTable(table, action, line, changes);
			}
		}
		else if ((matcher = DROP_TABLE.matcher(text)).matches()) {
			for (String table : SqlText.splitTopLevel(matcher.group(1))) {
				changes.add(new Change.DropTable(SqlText.name(table), line));
			}
		}
		else if ((matcher = RENAME_TABLE.matcher(text)).matches()) {
			for (String pair : SqlText.splitTopLevel(matcher.group(1))) {
				Matcher rename = RENAME_PAIR.matcher(pair);
				if (rename.matches()) {
					changes.add(new Change.RenameTable(SqlText.name(rename.group(1)), SqlText.name(rename.group(2)), line));
				}
			}
		}
		else if ((matcher = UPDATE.matcher(text)).matches()) {
			changes.add(new Change.UpdateRows(SqlText.name(matcher.group(1)), assignedColumns(matcher.group(3)), line));
		}
		return changes;
	}

	private static Change createTable(String table, String rest, int line) {
		Map<String, ColumnType> columns = new LinkedHashMap<>();
		if (rest.startsWith("(")) {
			int close = SqlText.closing(rest, 0);
			String body = rest.substring(1, (close < 0) ? rest.length() : close);
			for (String element : SqlText.splitTopLevel(body)) {
				SqlColumnDefinition column = SqlColumnDefinition.read(element);
				if (column != null) {
					columns.put(column.name(), column.type());
				}
			}
		}
		return new Change.CreateTable(table, columns, line);
	}

	private static void alterTable(String table, String action, int line, List<Change> changes) {
		Matcher matcher;
		if ((matcher = ADD.matcher(action)).matches()) {
			String rest = matcher.group(2);
			if (rest.startsWith("(") && SqlText.closing(rest, 0) == rest.length() - 1) {
				// MariaDB: ADD (a INT, b INT)
				for (String element : SqlText.splitTopLevel(rest.substring(1, rest.length() - 1))) {
					addColumn(table, element, line, changes);
				}
			}
			else if (matcher.group(1) != null || !NOT_A_COLUMN.contains(leadingWord(rest))) {
				addColumn(table, rest, line, changes);
			}
		}
		else if ((matcher = DROP.matcher(action)).matches()) {
			if (matcher.group(1) != null || !NOT_A_COLUMN.contains(matcher.group(2))) {
				changes.add(new Change.DropColumn(table, SqlText.name(matcher.group(2)), line));
			}
		}
		else if ((matcher = SET_NOT_NULL.matcher(action)).matches()) {
			changes.add(new Change.SetNotNull(table, SqlText.name(matcher.group(1)), line));
		}
		else if ((matcher = ALTER_TYPE.matcher(action)).matches()) {
			changes.add(new Change.ChangeType(table, SqlText.name(matcher.group(1)), ColumnTypes.read(matcher.group(2)),
					null, line));
		}
		else if ((matcher = MODIFY.matcher(action)).matches()) {
			restate(table, null, matcher.group(1), line, changes);
		}
		else if ((matcher = CHANGE.matcher(action)).matches()) {
			restate(table, SqlText.name(matcher.group(1)), matcher.group(2), line, changes);
		}
		else if ((matcher = RENAME_TO.matcher(action)).matches()) {
			changes.add(new Change.RenameTable(table, SqlText.name(matcher.group(1)), line));
		}
		else if ((matcher = RENAME_COLUMN.matcher(action)).matches() && !NOT_A_COLUMN.contains(matcher.group(1))) {
			changes.add(new Change.RenameColumn(table, SqlText.name(matcher.group(1)), SqlText.name(matcher.group(2)),
					line));
		}
	}

	private static void addColumn(String table, String element, int line, List<Change> changes) {
		SqlColumnDefinition column = SqlColumnDefinition.read(element);
		if (column != null) {
			changes.add(new Change.AddColumn(table, column.name(), column.type(), column.notNull(), column.hasDefault(),
					column.generated(), line));
		}
	}

	/**
	 * MariaDB's {@code MODIFY c type ...} and {@code CHANGE old c type ...} restate the whole
	 * column: a type change (perhaps to the same type) and, when it says so, {@code NOT NULL}.
	 */
	private static void restate(String table, @Nullable String oldName, String definition, int line, List<Change> changes) {
		SqlColumnDefinition column = SqlColumnDefinition.read(definition);
		if (column == null) {
			return;
		}
		String name = (oldName != null) ? oldName : column.name();
		changes.add(new Change.ChangeType(table, name, column.type(), null, line));
		if (column.notNull()) {
			changes.add(new Change.SetNotNull(table, name, line));
		}
		if (!name.equals(column.name())) {
			changes.add(new Change.RenameColumn(table, name, column.name(), line));
		}
	}

	private static List<String> assignedColumns(String assignments) {
		String list = cutAtTopLevel(assignments);
		List<String> columns = new ArrayList<>();
		for (String assignment : SqlText.splitTopLevel(list)) {
			Matcher tuple = ASSIGNED_TUPLE.matcher(assignment);
			Matcher single = ASSIGNED.matcher(assignment);
			if (tuple.find()) {
				SqlText.splitTopLevel(tuple.group(1)).forEach((column) -> columns.add(SqlText.name(column)));
			}
			else if (single.find()) {
				columns.add(SqlText.name(single.group(1)));
			}
		}
		return columns;
	}

	/** Cuts an {@code UPDATE}'s assignments at the {@code WHERE} (or {@code FROM}, ...) after them. */
	private static String cutAtTopLevel(String text) {
		int end = SqlText.findTopLevel(text, END_OF_ASSIGNMENTS);
		return (end < 0) ? text : text.substring(0, end);
	}

	/** The keyword a text starts with: {@code UNIQUE} for {@code UNIQUE(A)}. */
	private static String leadingWord(String text) {
		int end = 0;
		while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '_')) {
			end++;
		}
		return text.substring(0, end);
	}

}
