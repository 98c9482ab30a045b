package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code create-index-not-concurrently}, PostgreSQL only: the upgrade creates an index without
 * {@code CONCURRENTLY} ({@code postgresql_concurrently: true}) on a table not created earlier in
 * the same revision. A plain {@code CREATE INDEX} blocks every write to the table until the whole
 * index is built.
 */
final class CreateIndexNotConcurrentlyRule extends BuiltInRule {

	static final String ID = "create-index-not-concurrently";

	CreateIndexNotConcurrentlyRule() {
		super(ID, Severity.WARNING,
				"creating an index on an existing PostgreSQL table without CONCURRENTLY");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		if (!revision.isPostgresql()) {
			return List.of();
		}
		List<LintFinding> findings = new ArrayList<>();
		List<Change> changes = revision.upgrade();
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i) instanceof Change.CreateIndex index && !index.concurrently()
					&& !revision.tableCreatedBefore(index.table(), i)) {
				findings.add(revision.finding(this, index.line(), "Revision '" + revision.revision().id()
						+ "' creates index " + (index.index().isEmpty() ? "" : index.index() + " ") + "on the existing "
						+ "table " + index.table() + " without CONCURRENTLY: PostgreSQL blocks every INSERT, UPDATE and "
						+ "DELETE on " + index.table() + " until the whole index is built, minutes on a large table. "
						+ "Write CREATE INDEX CONCURRENTLY (postgresql_concurrently: true in YAML and Java); such a "
						+ "revision runs outside a transaction, so give the index a revision of its own."));
			}
		}
		return findings;
	}

}
