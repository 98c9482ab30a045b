package dev.migration;

import java.util.List;

/**
 * Where a database stands against its revisions: what {@code current}, {@code check} and the
 * Actuator endpoint report.
 *
 * @param current the rows of the version table
 * @param heads the heads of the revision files
 * @param pending the revisions {@code upgrade heads} would run, in the order it would run them
 * @param history every known revision, newest first, with the missing ones first
 */
public record MigrationStatus(List<String> current, List<String> heads, List<RevisionStatus> pending,
		List<RevisionStatus> history) {

	public MigrationStatus {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		history = List.copyOf(history);
	}

	/**
	 * Returns the revisions in the given state.
	 * @param state the state
	 * @return the revisions, newest first
	 */
	public List<RevisionStatus> inState(RevisionState state) {
		return this.history.stream().filter((revision) -> revision.state() == state).toList();
	}

	/**
	 * Whether the database is at the heads, with nothing pending, changed or missing.
	 * @return whether it is up to date
	 */
	public boolean isUpToDate() {
		return this.pending.isEmpty() && inState(RevisionState.CHANGED).isEmpty()
				&& inState(RevisionState.MISSING).isEmpty();
	}

}
