package dev.migration.source.yaml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a revision file's content: SHA-256 in lower-case hexadecimal, of the text with
 * a leading byte-order mark removed and {@code CRLF} line endings turned into {@code LF}, so
 * that it is the same on every machine and checkout.
 */
final class Checksum {

	private Checksum() {
	}

	static String of(String content) {
		String normalized = normalize(content);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	static String normalize(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		return text.replace("\r\n", "\n");
	}

}
