package dev.migration.revision;

import java.util.List;
import java.util.stream.Collectors;

import dev.migration.MigrationException;

/**
 * The revisions do not form a valid graph. Carries every problem found, not only the first, so
 * that one run tells the user everything to fix.
 */
public class InvalidRevisionsException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public InvalidRevisionsException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Returns the problems found, in the order of the revisions they concern.
	 * @return the problems
	 */
	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		String header = (problems.size() == 1) ? "1 problem in the revisions:"
				: problems.size() + " problems in the revisions:";
		return problems.stream().map((problem) -> "  - " + problem).collect(Collectors.joining("\n", header + "\n", ""));
	}

	/**
	 * One thing wrong with the revisions.
	 *
	 * @param source the file (or other origin) the problem is in
	 * @param line the line in that file, or 0 when it concerns the whole file
	 * @param column the column in that line, or 0 when it concerns the whole line
	 * @param message what is wrong and what to do
	 */
	public record Problem(String source, int line, int column, String message) {

		/**
		 * A problem with a whole file, or a whole line of it.
		 * @param source the file
		 * @param line the line, or 0
		 * @param message what is wrong and what to do
		 */
		public Problem(String source, int line, String message) {
			this(source, line, 0, message);
		}

		@Override
		public String toString() {
			return this.source + ((this.line > 0) ? ":" + this.line : "") + ((this.column > 0) ? ":" + this.column : "")
					+ ": " + this.message;
		}

	}

}
