package dev.migration.cli.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		String masked = USER_INFO.matcher(url)
			.replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + ":" + MASK + "@"));
		return PASSWORD_PARAMETER.matcher(masked).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + MASK));
	}

	/**
	 * Returns the passwords written in a URL, in its user information or its parameters: a
	 * driver that cannot parse the URL may quote them in its message.
	 * @param url the URL
	 * @return the passwords
	 */
	public static List<String> passwordsIn(String url) {
		List<String> passwords = new ArrayList<>();
		Matcher userInfo = Pattern.compile("//[^/?#@:\\s]*:([^@/?#\\s]+)@").matcher(url);
		while (userInfo.find()) {
			passwords.add(userInfo.group(1));
		}
		Matcher parameter = Pattern.compile("(?i)[?&;:](?:password|passwd|pwd|secret)=([^&;\\s]+)").matcher(url);
		while (parameter.find()) {
			passwords.add(parameter.group(1));
		}
		return passwords;
	}

	/**
	 * Hides passwords in a message: those of any URL in it, and the given secrets wherever they
	 * appear.
	 * @param text the message
	 * @param secrets the configured password and those written in the URL
	 * @return the message without passwords
	 */
	public static String redact(String text, Collection<String> secrets) {
		String result = maskUrl(text);
		for (String secret : secrets) {
			// Too short a secret would hide ordinary words of the message; the URL masks still apply.
			if (secret.length() >= 3) {
				result = result.replace(secret, MASK);
			}
		}
		return result;
	}

}
