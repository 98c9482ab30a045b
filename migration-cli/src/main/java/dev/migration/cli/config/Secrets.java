package dev.migration.cli.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps passwords out of what the command line prints: in URLs ({@code //user:secret@host},
 * {@code ?password=secret}) and anywhere the configured password itself appears.
 */
public final class Secrets {

	/** What a hidden password is printed as. */
	public static final String MASK = "***";

	private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:\\s]*):[^@/?#\\s]*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern
		.compile("(?i)([?&;:](?:password|passwd|pwd|secret)=)[^&;\\s]*");

	private Secrets() {
	}

	/**
	 * Hides the passwords of a URL, as Alembic's {@code obfuscate_url_pw} does:
	 * {@code jdbc:postgresql://app:***@db/app}, {@code jdbc:postgresql://db/app?password=***}.
	 * @param url the URL
	 * @return the URL without its passwords
	 */
	public static String maskUrl(String url) {
		String masked = USER_INFO.matcher(url).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + ":" + MASK + "@"));
		return PASSWORD_PARAMETER.matcher(masked).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + MASK));
	}

	/**
	 * Hides passwords in a message: those of any URL in it, and the given password wherever it
	 * appears.
	 * @param text the message
	 * @param password the configured password, if any
	 * @return the message without passwords
	 */
	public static String redact(String text, @Nullable String password) {
		String result = maskUrl(text);
		if (password != null && password.length() >= 3) {
			result = result.replace(password, MASK);
		}
		return result;
	}

}
