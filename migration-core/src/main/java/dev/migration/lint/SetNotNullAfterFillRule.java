package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code set-not-null-after-fill}: in one revision, on a table not created earlier in it, the
 * upgrade adds a column, then fills it with an {@code UPDATE} of that table (one that sets the
 * column, or whose columns the lint cannot read), then makes it {@code NOT NULL}. The lint cannot
 * know how large the table is; on a large one the {@code UPDATE} rewrites every row in one
 * transaction and {@code SET NOT NULL} scans the whole table under an exclusive lock.
 */
final class SetNotNullAfterFillRule extends BuiltInRule {

	static final String ID = "set-not-null-after-fill";

	SetNotNullAfterFillRule() {
		super(ID, Severity.WARNING,
				"adding, filling and setting NOT NULL on a column in one revision (slow and locking on a large table)");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		List<LintFinding> findings = new ArrayList<>();
		List<Change> changes = revision.upgrade();
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i) instanceof Change.SetNotNull set && !revision.tableCreatedBefore(set.table(), i)) {
				Change.UpdateRows fill = fillAfterAdd(changes, set, i);
				if (fill != null) {
					findings.add(revision.finding(this, set.line(), "Revision '" + revision.revision().id()
							+ "' adds " + set.table() + "." + set.column() + ", fills it with an UPDATE"
							+ ((fill.line() > 0) ? " at line " + fill.line() : "") + " and sets it NOT NULL in one go. The lint cannot know the table's size: on a large "
							+ "table the UPDATE rewrites every row in one long transaction and SET NOT NULL then scans "
							+ "the whole table under an exclusive lock. Keep the column nullable here, fill it in "
							+ "batches, and set NOT NULL in a later revision"
							+ (revision.isPostgresql() ? " (on PostgreSQL 12+, first ADD CONSTRAINT ... CHECK ("
									+ set.column() + " IS NOT NULL) NOT VALID and VALIDATE CONSTRAINT, so that SET NOT "
									+ "NULL needs no scan)" : "")
							+ "."));
				}
			}
		}
		return findings;
	}

	/** The UPDATE that fills the column between the ADD COLUMN and the SET NOT NULL, if any. */
	private static Change.@Nullable UpdateRows fillAfterAdd(List<Change> changes,
			Change.SetNotNull set, int at) {
		int added = -1;
		for (int i = 0; i < at; i++) {
			if (changes.get(i) instanceof Change.AddColumn add && add.table().equals(set.table())
					&& add.column().equals(set.column())) {
				added = i;
			}
		}
		if (added < 0) {
			return null;
		}
		for (int i = added + 1; i < at; i++) {
			if (changes.get(i) instanceof Change.UpdateRows update && update.table().equals(set.table())
					&& (update.columns().isEmpty() || update.columns().contains(set.column()))) {
				return update;
			}
		}
		return null;
	}

}
