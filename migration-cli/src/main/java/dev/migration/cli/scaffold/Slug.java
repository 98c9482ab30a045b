package dev.migration.cli.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slug of a revision's file name, made from its message as Alembic makes it: the message's
 * words (letters, digits and {@code _}, in any script) joined by {@code _}, in lower case, cut to
 * 40 characters at a word boundary.
 */
public final class Slug {

	/** Alembic's default {@code truncate_slug_length}. */
	private static final int MAX_LENGTH = 40;

	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

	private Slug() {
	}

	/**
	 * Makes the slug of a message.
	 * @param message the message
	 * @return the slug, possibly empty
	 */
	public static String of(String message) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(message);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		String slug = String.join("_", words).toLowerCase(Locale.ROOT);
		if (slug.length() > MAX_LENGTH) {
			String cut = slug.substring(0, MAX_LENGTH);
			int underscore = cut.lastIndexOf('_');
			slug = ((underscore >= 0) ? cut.substring(0, underscore) : cut) + "_";
		}
		return slug;
	}

}
