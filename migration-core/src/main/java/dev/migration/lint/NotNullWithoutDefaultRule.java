package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code not-null-without-default}: the upgrade adds a {@code NOT NULL} column (or a primary-key
 * column) without a default to a table that exists already, that is one not created earlier in
 * the same revision. Columns the database fills itself (identity, serial, auto-increment,
 * generated) are fine. On PostgreSQL and H2 the statement fails as soon as the table has a row;
 * MariaDB and MySQL fill the column with the type's implicit default ({@code 0}, {@code ''}).
 */
final class NotNullWithoutDefaultRule extends BuiltInRule {

	static final String ID = "not-null-without-default";

	NotNullWithoutDefaultRule() {
		super(ID, Severity.ERROR,
				"adding a NOT NULL column without a default to an existing table");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		List<LintFinding> findings = new ArrayList<>();
		List<Change> changes = revision.upgrade();
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i) instanceof Change.AddColumn add && add.notNull() && !add.hasDefault() && !add.generated()
					&& !revision.tableCreatedBefore(add.table(), i)) {
				findings.add(revision.finding(this, add.line(), "Revision '" + revision.revision().id()
						+ "' adds column " + add.table() + "." + add.column() + " as NOT NULL without a default to the "
						+ "existing table " + add.table() + ": "
						+ (revision.isMariaDbOrMySql()
								? "MariaDB and MySQL silently give every existing row the type's implicit default "
										+ "(0, '', a zero date) instead of a real value"
								: "this fails as soon as the table has a row")
						+ ". Add the column nullable, fill it, and set NOT NULL in a later revision; or give it a "
						+ "server default. If the table is always empty when this runs, "
						+ revision.suppressionHint(ID) + "."));
			}
		}
		return findings;
	}

}
