package dev.migration.cli.config;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The vendor ids of the databases the command line knows, as Spring Boot names them
 * ({@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2}): what {@code {vendor}} in a
 * location is replaced by, and the names {@code --dialect} takes.
 */
public final class DatabaseVendor {

	/** What a location holds where the vendor id goes. */
	public static final String PLACEHOLDER = "{vendor}";

	/** The vendor ids, each also the JDBC sub-protocol of its URLs ({@code jdbc:postgresql:}). */
	public static final List<String> IDS = List.of("postgresql", "mariadb", "mysql", "h2");

	private DatabaseVendor() {
	}

	/**
	 * Returns the vendor of a JDBC URL, without connecting.
	 * @param url the URL
	 * @return the vendor id, or {@code null} when the URL is not one of a known database
	 */
	public static @Nullable String ofUrl(String url) {
		String lower = url.strip().toLowerCase(Locale.ROOT);
		for (String id : IDS) {
			if (lower.startsWith("jdbc:" + id + ":")) {
				return id;
			}
		}
		return null;
	}

	/**
	 * Whether a location string holds {@link #PLACEHOLDER}.
	 * @param locations the locations, comma-separated
	 * @return whether the vendor must be known to read them
	 */
	public static boolean isNeededBy(String locations) {
		return locations.contains(PLACEHOLDER);
	}

}
