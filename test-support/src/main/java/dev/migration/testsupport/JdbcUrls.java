package dev.migration.testsupport;

/**
 * Rewrites server JDBC URLs of the form {@code jdbc:<driver>://<hosts>[/<database>][?<options>]}.
 */
final class JdbcUrls {

	private JdbcUrls() {
	}

	/** The same URL, options included, naming another database on the same server. */
	static String withDatabase(String url, String database) {
		int authority = url.indexOf("://");
		if (!url.startsWith("jdbc:") || authority < 0) {
			throw new IllegalArgumentException("Cannot tell the server from the database in the JDBC URL " + url
					+ "; write it as jdbc:<driver>://<host>:<port>/<database>");
		}
		int end = authority + 3;
		while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
			end++;
		}
		int options = url.indexOf('?', end);
		return url.substring(0, end) + "/" + database + ((options < 0) ? "" : url.substring(options));
	}

}
