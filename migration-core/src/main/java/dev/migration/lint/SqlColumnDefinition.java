package dev.migration.lint;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;

/**
 * A column definition of {@code CREATE TABLE}, {@code ADD COLUMN} or MariaDB's {@code MODIFY},
 * read from normalized SQL: {@code name type [constraints]}.
 *
 * @param name the column, lower case
 * @param type its type
 * @param notNull whether it says {@code NOT NULL} or {@code PRIMARY KEY}
 * @param hasDefault whether it says {@code DEFAULT}
 * @param generated whether the database fills it: {@code serial}, identity, auto-increment,
 * generated
 */
record SqlColumnDefinition(String name, ColumnType type, boolean notNull, boolean hasDefault, boolean generated) {

	/** What starts a table element that is not a column. */
	private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
			"INDEX", "KEY", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD", "PARTITION", "SYSTEM");

	/** Words that end a column's type and start its constraints or options. */
	private static final Set<String> END_OF_TYPE = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES",
			"CHECK", "CONSTRAINT", "GENERATED", "COLLATE", "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "COMMENT", "ON",
			"CHARSET", "AS", "INVISIBLE", "VISIBLE", "FIRST", "AFTER", "USING", "STORAGE", "COMPRESSION", "KEY");

	private static final Pattern SERIAL = Pattern.compile("(?:SMALL|BIG)?SERIAL[248]?");

	private static final Pattern NOT_NULL = Pattern.compile("\\b(?:NOT NULL|PRIMARY KEY)\\b");

	private static final Pattern DEFAULT = Pattern.compile("\\bDEFAULT\\b");

	private static final Pattern GENERATED = Pattern
		.compile("\\b(?:GENERATED|AUTO_INCREMENT|AUTOINCREMENT|IDENTITY)\\b|\\bAS \\(");

	/**
	 * Reads a column definition.
	 * @param element a normalized table element, such as {@code STATUS VARCHAR(20) NOT NULL}
	 * @return the column, or {@code null} when the element is a constraint or index
	 */
	static @Nullable SqlColumnDefinition read(String element) {
		List<String> words = SqlWords.split(element);
		if (words.size() < 2 || NOT_A_COLUMN.contains(words.get(0))) {
			return null;
		}
		StringBuilder type = new StringBuilder();
		int i = 1;
		while (i < words.size() && !endsType(words, i)) {
			if (type.length() > 0 && !words.get(i).startsWith("(")) {
				type.append(' ');
			}
			type.append(words.get(i));
			i++;
		}
		if (type.length() == 0) {
			return null;
		}
		String typeText = type.toString();
		String constraints = SqlText.topLevel(String.join(" ", words.subList(i, words.size())));
		boolean generated = SERIAL.matcher(typeText).matches() || GENERATED.matcher(constraints).find();
		return new SqlColumnDefinition(SqlText.name(words.get(0)), ColumnTypes.read(typeText),
				NOT_NULL.matcher(constraints).find(), DEFAULT.matcher(constraints).find(), generated);
	}

	private static boolean endsType(List<String> words, int i) {
		String word = words.get(i);
		if (word.equals("CHARACTER")) {
			// CHARACTER SET ends a MariaDB type; CHARACTER VARYING is a PostgreSQL type.
			return i + 1 < words.size() && words.get(i + 1).equals("SET");
		}
		return END_OF_TYPE.contains(word);
	}

}
