package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code drop-table}: the upgrade drops a table not created earlier in the same revision. Its
 * rows are gone for good, and no downgrade brings them back: an error until the revision
 * acknowledges it with a suppression and its reason.
 */
final class DropTableRule extends BuiltInRule {

	static final String ID = "drop-table";

	DropTableRule() {
		super(ID, Severity.ERROR,
				"dropping a table: its data is lost (acknowledge it with a reason)");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		List<LintFinding> findings = new ArrayList<>();
		List<Change> changes = revision.upgrade();
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i) instanceof Change.DropTable drop && !revision.tableCreatedBefore(drop.table(), i)) {
				findings.add(revision.finding(this, drop.line(), "Revision '" + revision.revision().id()
						+ "' drops table " + drop.table() + ": its rows are lost for good once this runs, and a "
						+ "downgrade can recreate the table but not its data. If the data may go (or is copied "
						+ "elsewhere first), acknowledge it: " + revision.suppressionHint(ID) + ". Otherwise rename the "
						+ "table now and drop it in a later release, once nothing reads it."));
			}
		}
		return findings;
	}

}
