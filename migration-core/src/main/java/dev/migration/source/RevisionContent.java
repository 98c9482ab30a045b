package dev.migration.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The text of a revision file as the engine reads it: without a leading byte order mark, and
 * with every line ending ({@code \r\n} or a lone {@code \r}) turned into {@code \n}. A file
 * checked out with Windows line endings, or saved by an editor that adds a BOM, therefore reads,
 * splits and checksums the same as the original.
 */
public final class RevisionContent {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private RevisionContent() {
	}

	/**
	 * Removes a leading byte order mark and turns {@code \r\n} and lone {@code \r} into
	 * {@code \n}.
	 * @param content the file's text
	 * @return the normalized text
	 */
	public static String normalize(String content) {
		String text = (!content.isEmpty() && content.charAt(0) == BYTE_ORDER_MARK) ? content.substring(1) : content;
		if (text.indexOf('\r') < 0) {
			return text;
		}
		StringBuilder normalized = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\r') {
				normalized.append(c);
			}
			else if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
				normalized.append('\n');
			}
		}
		return normalized.toString();
	}

	/**
	 * Returns the checksum of a revision file's text: the SHA-256 of its UTF-8 bytes after
	 * {@link #normalize normalization}, in lower-case hexadecimal. Stable across machines, line
	 * endings and byte order marks; any other change, white space included, changes it.
	 * @param content the file's text
	 * @return 64 lower-case hexadecimal digits
	 */
	public static String checksum(String content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(normalize(content).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/**
	 * Returns the text without some of its lines: what a checksum leaves out, such as the
	 * {@code lint_ignore} lines, which say how to lint a revision and not what it does, so that
	 * acknowledging a lint finding in an applied revision does not make it a changed revision.
	 * @param content the file's text
	 * @param lines the 1-based numbers of the lines to leave out, as in the
	 * {@link #normalize normalized} text
	 * @return the normalized text without those lines
	 */
	public static String withoutLines(String content, Set<Integer> lines) {
		String text = normalize(content);
		if (lines.isEmpty()) {
			return text;
		}
		String[] all = text.split("\n", -1);
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < all.length; i++) {
			if (!lines.contains(i + 1)) {
				kept.append(all[i]);
				if (i < all.length - 1) {
					kept.append('\n');
				}
			}
		}
		return kept.toString();
	}

}
