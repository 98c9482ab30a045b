package dev.migration.revision;

import java.util.List;

/**
 * What a command will do: the ordered steps, and the rows of the version table before and after.
 * One plan serves both outputs: executed online, or rendered as an offline SQL script.
 *
 * @param fromHeads the rows of the version table before the plan runs
 * @param steps the steps, in the order they run
 * @param toHeads the rows of the version table once every step has run
 */
public record Plan(List<String> fromHeads, List<Step> steps, List<String> toHeads) {

	public Plan {
		fromHeads = List.copyOf(fromHeads);
		steps = List.copyOf(steps);
		toHeads = List.copyOf(toHeads);
	}

	/**
	 * Whether the plan has nothing to do.
	 * @return whether there are no steps
	 */
	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

}
