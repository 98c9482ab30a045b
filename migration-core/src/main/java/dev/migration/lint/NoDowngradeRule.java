package dev.migration.lint;

import java.util.List;

/**
 * {@code no-downgrade}: the revision cannot be downgraded: a SQL file without a
 * {@code -- downgrade} section, a YAML file without {@code downgrade:} whose operations have no
 * inverse, a Java revision that does not override {@code downgrade}.
 */
final class NoDowngradeRule extends BuiltInRule {

	static final String ID = "no-downgrade";

	NoDowngradeRule() {
		super(ID, Severity.ERROR,
				"a revision without a downgrade");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		if (revision.script().hasDowngrade()) {
			return List.of();
		}
		String why = revision.downgradeProblem();
		return List.of(revision.finding(this, 0, "Revision '" + revision.revision().id() + "' has no downgrade, so "
				+ "'downgrade' cannot go below it and a bad release cannot be rolled back with the tool"
				+ ((why != null) ? ": " + why : ".") + " If it truly cannot be undone, say so: "
				+ revision.suppressionHint(ID) + "."));
	}

}
