package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code drop-column}: the upgrade drops a column that was not added earlier in the same
 * revision, of a table not created earlier in it. Its values are gone for good: an error until
 * the revision acknowledges it with a suppression and its reason.
 */
final class DropColumnRule extends BuiltInRule {

	static final String ID = "drop-column";

	DropColumnRule() {
		super(ID, Severity.ERROR,
				"dropping a column: its data is lost (acknowledge it with a reason)");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		List<LintFinding> findings = new ArrayList<>();
		List<Change> changes = revision.upgrade();
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i) instanceof Change.DropColumn drop && !revision.tableCreatedBefore(drop.table(), i)
					&& !revision.columnAddedBefore(drop.table(), drop.column(), i)) {
				findings.add(revision.finding(this, drop.line(), "Revision '" + revision.revision().id()
						+ "' drops column " + drop.table() + "." + drop.column() + ": its values are lost for good "
						+ "once this runs, and a downgrade can add the column back but not its data; an application "
						+ "still running the previous release fails on it too. If the data may go, acknowledge it: "
						+ revision.suppressionHint(ID) + ". Otherwise stop using the column first and drop it in a "
						+ "later release."));
			}
		}
		return findings;
	}

}
