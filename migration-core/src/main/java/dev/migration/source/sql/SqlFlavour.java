package dev.migration.source.sql;

import java.util.Locale;

/**
 * The lexical rules a SQL section is split with. Where a statement ends depends on the database:
 * only PostgreSQL has {@code $tag$} bodies and {@code E'...'} strings, only MySQL and MariaDB
 * take {@code #} comments and backslash escapes in every string, and so on.
 */
public enum SqlFlavour {

	/**
	 * PostgreSQL, split the way {@code psql} splits: {@code '...'} strings without backslash
	 * escapes ({@code standard_conforming_strings} on, the default since 9.1), {@code E'...'}
	 * strings with them, {@code "..."} identifiers, {@code --} and nested {@code /* *}{@code /}
	 * comments, {@code $$...$$} and {@code $tag$...$tag$} bodies; a {@code ;} inside parentheses
	 * or inside the {@code BEGIN ... END} body of {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}
	 * does not end a statement.
	 */
	POSTGRESQL("PostgreSQL"),

	/**
	 * MySQL and MariaDB in their default SQL mode: {@code '...'} and {@code "..."} strings with
	 * backslash escapes, {@code `...`} identifiers, {@code #} comments, {@code -- } comments
	 * (the dashes followed by a space or control character), {@code /* *}{@code /} comments that
	 * do not nest. Executable comments ({@code /*!...*}{@code /}, {@code /*M!...*}{@code /}) are
	 * statement text.
	 */
	MYSQL("MySQL/MariaDB"),

	/**
	 * H2: {@code '...'} strings, {@code "..."} and {@code `...`} identifiers, {@code --} and
	 * {@code //} line comments, nested {@code /* *}{@code /} comments and {@code $$...$$} strings.
	 */
	H2("H2"),

	/**
	 * Any other database, standard SQL: {@code '...'} strings, {@code "..."} identifiers,
	 * {@code --} and nested {@code /* *}{@code /} comments.
	 */
	ANSI("standard SQL");

	private final String displayName;

	SqlFlavour(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * Returns the flavour for a database kind as {@link dev.migration.script.MigrationContext#databaseKind()}
	 * names it: {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2} (in any case);
	 * anything else is {@link #ANSI}.
	 * @param databaseKind the database kind
	 * @return the flavour
	 */
	public static SqlFlavour forDatabaseKind(String databaseKind) {
		return switch (databaseKind.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> POSTGRESQL;
			case "mariadb", "mysql" -> MYSQL;
			case "h2" -> H2;
			default -> ANSI;
		};
	}

	/**
	 * Returns the name of the flavour for messages, for example {@code MySQL/MariaDB}.
	 * @return the name
	 */
	public String displayName() {
		return this.displayName;
	}

}
