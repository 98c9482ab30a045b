package dev.migration.lint;

import java.util.List;

/**
 * {@code not-analysed}: the lint could not record all of the revision's upgrade, so the other
 * rules saw only the operations before the problem: a Java revision that uses the JDBC
 * connection, or a script that fails.
 */
final class NotAnalysedRule extends BuiltInRule {

	static final String ID = "not-analysed";

	NotAnalysedRule() {
		super(ID, Severity.INFO,
				"a revision the lint could not read completely (a Java revision that uses the connection)");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		String problem = revision.upgradeProblem();
		if (problem == null) {
			return List.of();
		}
		return List.of(revision.finding(this, 0, "The lint checked only the first "
				+ revision.upgradeOperations().size() + " operation(s) of the upgrade of revision '"
				+ revision.revision().id() + "': " + problem + ". Review the rest by hand."));
	}

}
