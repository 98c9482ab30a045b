package dev.migration.runtime;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of the revision log: one upgrade, downgrade or stamp of one revision.
 *
 * @param revision the revision that moved
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param from the revisions the step started from
 * @param to the revisions the step ended at
 * @param message the revision's message
 * @param source the revision's file
 * @param checksum the checksum of the revision's content at the time
 * @param startedAt when the step started
 * @param executionTimeMs how long it took
 * @param application who ran it
 * @param success whether it succeeded
 * @param error the failure, when it did not
 */
public record LogEntry(String revision, String direction, List<String> from, List<String> to, @Nullable String message,
		@Nullable String source, @Nullable String checksum, Instant startedAt, @Nullable Long executionTimeMs,
		@Nullable String application, boolean success, @Nullable String error) {

	public LogEntry {
		from = List.copyOf(from);
		to = List.copyOf(to);
	}

}
