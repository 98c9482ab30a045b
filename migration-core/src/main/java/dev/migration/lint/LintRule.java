package dev.migration.lint;

import java.util.List;

import dev.migration.revision.RevisionGraph;

/**
 * One lint rule: an id that suppressions name, a severity, and the check. A rule looks at one
 * revision at a time ({@link #check(LintedRevision)}), or at the whole graph
 * ({@link #checkGraph}); it implements whichever it needs.
 */
public interface LintRule {

	/**
	 * Returns the rule's id, lower case words joined by {@code -}, for example
	 * {@code drop-column}.
	 * @return the id
	 */
	String id();

	/**
	 * Returns the severity of the rule's findings.
	 * @return the severity
	 */
	Severity severity();

	/**
	 * Returns what the rule checks, in one sentence, for listings.
	 * @return the summary
	 */
	String summary();

	/**
	 * Checks one revision.
	 * @param revision the revision
	 * @return the findings; none by default
	 */
	default List<LintFinding> check(LintedRevision revision) {
		return List.of();
	}

	/**
	 * Checks the revisions together.
	 * @param graph the revision graph
	 * @param revisions every revision, in upgrade order from base to the heads
	 * @return the findings; none by default
	 */
	default List<LintFinding> checkGraph(RevisionGraph graph, List<LintedRevision> revisions) {
		return List.of();
	}

}
