package dev.migration.cli.config;

import org.jspecify.annotations.Nullable;

/**
 * The configuration given on the command line; {@code null} where a flag was not given.
 *
 * @param url {@code --url}
 * @param user {@code --user}
 * @param password {@code --password}
 * @param locations {@code --locations}
 * @param versionTable {@code --version-table}
 * @param versionTableSchema {@code --version-table-schema}
 * @param dialect {@code --dialect}
 * @param config {@code --config}
 * @param checksumPolicy {@code --checksum-policy}
 * @param logTable {@code --log-table}
 * @param transactionMode {@code --transaction-mode}
 * @param lockWaitTimeout {@code --lock-wait-timeout}
 * @param lockTimeout {@code --lock-timeout}
 * @param statementTimeout {@code --statement-timeout}
 */
public record Flags(@Nullable String url, @Nullable String user, @Nullable String password,
		@Nullable String locations, @Nullable String versionTable, @Nullable String versionTableSchema,
		@Nullable String dialect, @Nullable String config, @Nullable String checksumPolicy,
		@Nullable String logTable, @Nullable String transactionMode, @Nullable String lockWaitTimeout,
		@Nullable String lockTimeout, @Nullable String statementTimeout) {

	/** No flags at all. */
	public static final Flags NONE = new Flags(null, null, null, null, null, null, null, null, null, null, null, null,
			null, null);

}
