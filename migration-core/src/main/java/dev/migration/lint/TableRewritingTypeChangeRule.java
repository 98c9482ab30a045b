package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code table-rewriting-type-change}: the upgrade changes the type of a column of a table not
 * created earlier in the same revision, in a way that rewrites or copies the whole table (see
 * {@link TableRewrites} for the exact cases), or from a type the lint cannot know (no
 * {@code existing_type}, and no earlier revision declares the column in a way it reads).
 * PostgreSQL, MariaDB and MySQL only.
 */
final class TableRewritingTypeChangeRule extends BuiltInRule {

	static final String ID = "table-rewriting-type-change";

	TableRewritingTypeChangeRule() {
		super(ID, Severity.WARNING,
				"changing a column's type in a way that rewrites the whole table");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		if (!TableRewrites.judges(revision.databaseKind())) {
			return List.of();
		}
		List<LintFinding> findings = new ArrayList<>();
		List<Change> changes = revision.upgrade();
		for (int i = 0; i < changes.size(); i++) {
			if (!(changes.get(i) instanceof Change.ChangeType change) || revision.tableCreatedBefore(change.table(), i)
					|| revision.columnAddedBefore(change.table(), change.column(), i)) {
				continue;
			}
			String column = change.table() + "." + change.column();
			String lock = revision.isPostgresql()
					? "PostgreSQL rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock: "
							+ "reads and writes wait until it finishes"
					: "MariaDB copies the whole table, and writes wait until it finishes";
			String instead = " On a large table, add a new column of the new type, fill it in batches, switch the "
					+ "application over, and drop the old column in a later revision."
					+ (revision.isPostgresql() ? " (Widening a varchar, varchar to text and raising a numeric's "
							+ "precision do not rewrite.)" : "");
			if (change.previous() == null) {
				findings.add(revision.finding(this, change.line(), "Revision '" + revision.revision().id()
						+ "' changes the type of " + column + " to " + change.type() + " from a type the lint cannot "
						+ "tell (give existing_type, or declare the column in an earlier revision); unless the old "
						+ "type is compatible, " + lock + "." + instead));
			}
			else if (TableRewrites.rewrites(revision.databaseKind(), change.previous(), change.type())) {
				findings.add(revision.finding(this, change.line(), "Revision '" + revision.revision().id()
						+ "' changes the type of " + column + " from " + change.previous() + " to " + change.type()
						+ ": " + lock + "." + instead));
			}
		}
		return findings;
	}

}
