package dev.migration.source;

import java.util.ArrayList;
import java.util.List;

import dev.migration.MigrationException;

/**
 * A place revision files are read from, as users write it: {@code classpath:db/revisions} (a
 * folder on the class path, in every jar and folder that has it), {@code filesystem:/srv/revisions}
 * or just {@code /srv/revisions} (a folder on disk; relative paths are relative to the working
 * directory). Sub-folders are included.
 *
 * @param kind where the path is looked up
 * @param path the path: for the class path without leading or trailing {@code /}, for example
 * {@code db/revisions}; for the file system as written, without a trailing separator
 */
public record Location(Kind kind, String path) {

	/** The default location of revision files. */
	public static final String DEFAULT = "classpath:db/revisions";

	public Location {
		if (path.isEmpty()) {
			throw new MigrationException("A " + kind.prefix() + " location needs a folder, for example "
					+ kind.prefix() + ((kind == Kind.CLASSPATH) ? "db/revisions" : "/srv/app/revisions") + ".");
		}
	}

	/**
	 * Parses a location: {@code classpath:path}, {@code filesystem:path}, or a bare path, which
	 * means {@code filesystem:}. Prefixes are matched ignoring case. A one-letter prefix is a
	 * Windows drive ({@code C:\revisions}), not a prefix.
	 * @param text the location as written
	 * @return the location
	 * @throws MigrationException when the prefix is not {@code classpath:} or
	 * {@code filesystem:}, or the path is empty
	 */
	public static Location parse(String text) {
		String trimmed = text.strip();
		for (Kind kind : Kind.values()) {
			if (trimmed.regionMatches(true, 0, kind.prefix(), 0, kind.prefix().length())) {
				return of(kind, trimmed.substring(kind.prefix().length()).strip());
			}
		}
		int colon = trimmed.indexOf(':');
		if (colon > 1 && isScheme(trimmed.substring(0, colon))) {
			throw new MigrationException("Unknown location prefix '" + trimmed.substring(0, colon + 1) + "' in '" + text
					+ "'. Write 'classpath:<folder>' for a folder on the class path, or 'filesystem:<folder>' (or just "
					+ "the folder) for a folder on disk.");
		}
		if (trimmed.isEmpty()) {
			throw new MigrationException("A location is empty. Write 'classpath:<folder>' or 'filesystem:<folder>', "
					+ "for example " + DEFAULT + ".");
		}
		return of(Kind.FILESYSTEM, trimmed);
	}

	/**
	 * Parses a comma-separated list of locations, as {@code --locations} and
	 * {@code MIGRATION_LOCATIONS} give them; empty items are ignored.
	 * @param text the locations
	 * @return the locations, in order
	 */
	public static List<Location> parseList(String text) {
		List<Location> locations = new ArrayList<>();
		for (String item : text.split(",")) {
			if (!item.isBlank()) {
				locations.add(parse(item));
			}
		}
		return locations;
	}

	private static Location of(Kind kind, String path) {
		String normalized = path;
		if (kind == Kind.CLASSPATH) {
			normalized = normalized.replace('\\', '/');
			while (normalized.startsWith("/")) {
				normalized = normalized.substring(1);
			}
		}
		while (normalized.length() > 1 && (normalized.endsWith("/") || normalized.endsWith("\\"))) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return new Location(kind, normalized);
	}

	private static boolean isScheme(String text) {
		if (!Character.isLetter(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Returns how messages name a file found in this location, for example
	 * {@code classpath:db/revisions/sub/x.sql}.
	 * @param relativePath the file's path below the location, with {@code /} separators; empty
	 * when the location is the file itself
	 * @return the file's location
	 */
	public String resolve(String relativePath) {
		if (relativePath.isEmpty()) {
			return toString();
		}
		return toString() + (this.path.endsWith("/") ? "" : "/") + relativePath;
	}

	@Override
	public String toString() {
		return this.kind.prefix() + this.path;
	}

	/**
	 * Where a location's path is looked up.
	 */
	public enum Kind {

		/** In the folders and jars of a class loader. */
		CLASSPATH("classpath:"),

		/** On disk. */
		FILESYSTEM("filesystem:");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		/**
		 * Returns the prefix of locations of this kind, for example {@code classpath:}.
		 * @return the prefix
		 */
		public String prefix() {
			return this.prefix;
		}

	}

}
