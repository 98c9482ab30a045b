package dev.migration;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One revision as a database sees it.
 *
 * @param revision the revision id
 * @param downRevisions its down revisions
 * @param branchLabels its branch labels
 * @param dependsOn its dependencies
 * @param message its message
 * @param source its file; for a {@link RevisionState#MISSING} revision, the file the revision log
 * recorded when it was applied, or {@code null} when the log does not know
 * @param state where it stands
 * @param appliedAt when it was last applied, if the log knows
 * @param executionTimeMs how long that took, if the log knows
 * @param checksum the checksum of its file now; the applied one when {@link RevisionState#MISSING}
 * @param appliedChecksum the checksum recorded when it was applied, if the log knows
 */
public record RevisionStatus(String revision, List<String> downRevisions, List<String> branchLabels,
		List<String> dependsOn, String message, @Nullable String source, RevisionState state, @Nullable Instant appliedAt,
		@Nullable Long executionTimeMs, @Nullable String checksum, @Nullable String appliedChecksum) {

	public RevisionStatus {
		downRevisions = List.copyOf(downRevisions);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

}
