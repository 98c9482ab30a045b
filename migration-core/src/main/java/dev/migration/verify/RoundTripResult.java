package dev.migration.verify;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What round-trip verification found.
 *
 * @param verified the revisions that round-trip, in the order they were verified
 * @param skipped the revisions that were upgraded but not downgraded, because they have no
 * downgrade (what the lint reports as {@code no-downgrade})
 * @param failure the first revision that does not round-trip, or {@code null} when every
 * revision does; the revisions after it were not verified
 */
public record RoundTripResult(List<String> verified, List<String> skipped, @Nullable RoundTripFailure failure) {

	public RoundTripResult {
		verified = List.copyOf(verified);
		skipped = List.copyOf(skipped);
	}

	/**
	 * Whether every revision verified round-trips.
	 * @return whether there is no failure
	 */
	public boolean passed() {
		return this.failure == null;
	}

	/**
	 * Describes the result for people.
	 * @return the description
	 */
	public String describe() {
		String skippedText = this.skipped.isEmpty() ? ""
				: "\nNot downgraded, having no downgrade: " + String.join(", ", this.skipped) + ".";
		if (this.failure != null) {
			return this.failure.describe() + "\n(" + this.verified.size()
					+ ((this.verified.size() == 1) ? " revision before it round-trips.)" : " revisions before it round-trip.)")
					+ skippedText;
		}
		return this.verified.size() + " revision" + ((this.verified.size() == 1) ? " round-trips" : "s round-trip")
				+ ": each upgrade, downgrade and upgrade again left the schema as it should." + skippedText;
	}

	@Override
	public String toString() {
		return describe();
	}

}
