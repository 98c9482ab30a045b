package dev.migration.verify;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The first revision that does not round-trip, and how.
 *
 * @param revision the revision's id
 * @param source where the revision is declared
 * @param phase what went wrong
 * @param diff what differs, for {@link Phase#DOWNGRADE_DIFFERS} and
 * {@link Phase#UPGRADE_AGAIN_DIFFERS}; empty otherwise
 * @param error the database's or the engine's message, for the phases where something failed;
 * {@code null} otherwise
 */
public record RoundTripFailure(String revision, String source, Phase phase, SchemaDiff diff, @Nullable String error) {

	public RoundTripFailure {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(diff, "diff");
	}

	/**
	 * Describes the failure for people: what, where, the diff or the error, and what to do.
	 * @return the description
	 */
	public String describe() {
		String which = "Revision " + this.revision + " (" + this.source + ")";
		return switch (this.phase) {
			case UPGRADE_FAILED -> which + " fails to upgrade on a fresh database: " + this.error
					+ "\nFix its upgrade; it must run on a database at the revisions before it.";
			case DOWNGRADE_FAILED -> which + " does not round-trip: its downgrade fails right after its upgrade: "
					+ this.error + "\nFix its downgrade so that it undoes exactly what its upgrade does.";
			case DOWNGRADE_DIFFERS -> which + " does not round-trip: after upgrading to it and downgrading one step, "
					+ "the schema differs from before the upgrade:\n" + this.diff.describe()
					+ "\nFix its downgrade so that it undoes exactly what its upgrade does.";
			case UPGRADE_AGAIN_FAILED -> which + " does not round-trip: upgrading again after its downgrade fails: "
					+ this.error + "\nIts downgrade leaves behind something its upgrade creates; undo all of it.";
			case UPGRADE_AGAIN_DIFFERS -> which + " does not round-trip: upgrading again after its downgrade gives "
					+ "another schema than the first upgrade:\n" + this.diff.describe()
					+ "\nIts downgrade leaves behind something that changes what its upgrade does; undo all of it.";
		};
	}

	@Override
	public String toString() {
		return describe();
	}

	/**
	 * Where a round trip went wrong.
	 */
	public enum Phase {

		/** The upgrade failed. */
		UPGRADE_FAILED,

		/** The downgrade failed. */
		DOWNGRADE_FAILED,

		/** The downgrade ran, and the schema is not what it was before the upgrade. */
		DOWNGRADE_DIFFERS,

		/** Upgrading again after the downgrade failed. */
		UPGRADE_AGAIN_FAILED,

		/** Upgrading again gave another schema than the first upgrade. */
		UPGRADE_AGAIN_DIFFERS

	}

}
