package dev.migration.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migration.operation.BulkInsert;
import dev.migration.operation.Execute;
import dev.migration.operation.Operation;
import dev.migration.script.RecordedOperation;

/**
 * {@code empty-downgrade}: the revision has a downgrade, but it does nothing, while the upgrade
 * changes the schema: an operation other than raw SQL or {@code bulk_insert}, or a SQL statement
 * that does not start with a keyword of data or maintenance work ({@code INSERT}, {@code UPDATE},
 * {@code DELETE}, {@code SELECT}, {@code WITH}, {@code MERGE}, {@code REPLACE}, {@code TRUNCATE},
 * {@code CALL}, {@code DO}, {@code SET}, {@code ANALYZE}, {@code VACUUM}, {@code COPY},
 * {@code LOCK}, {@code REFRESH}, {@code REINDEX}, {@code CLUSTER}, {@code NOTIFY},
 * {@code EXPLAIN}).
 */
final class EmptyDowngradeRule extends BuiltInRule {

	static final String ID = "empty-downgrade";

	private static final Set<String> DATA_KEYWORDS = Set.of("INSERT", "UPDATE", "DELETE", "SELECT", "WITH", "MERGE",
			"REPLACE", "TRUNCATE", "CALL", "DO", "SET", "ANALYZE", "VACUUM", "COPY", "LOCK", "REFRESH", "REINDEX",
			"CLUSTER", "NOTIFY", "EXPLAIN");

	EmptyDowngradeRule() {
		super(ID, Severity.WARNING,
				"a downgrade that does nothing while the upgrade changes the schema");
	}

	@Override
	public List<LintFinding> check(LintedRevision revision) {
		if (!revision.script().hasDowngrade() || revision.downgradeProblem() != null
				|| !revision.downgradeOperations().isEmpty()) {
			return List.of();
		}
		for (RecordedOperation recorded : revision.upgradeOperations()) {
			if (changesSchema(recorded.operation())) {
				return List.of(revision.finding(this, 0, "Revision '" + revision.revision().id() + "' changes the "
						+ "schema (line " + recorded.line() + ": " + describe(recorded.operation()) + ") but its "
						+ "downgrade does nothing: downgrading past it leaves the change in place, and upgrading "
						+ "again then fails. Write the statements that undo the upgrade in the downgrade."));
			}
		}
		return List.of();
	}

	private static boolean changesSchema(Operation operation) {
		if (operation instanceof BulkInsert) {
			return false;
		}
		if (operation instanceof Execute execute) {
			String text = SqlText.normalize(execute.sql());
			int end = text.indexOf(' ');
			return !text.isEmpty() && !DATA_KEYWORDS.contains((end < 0) ? text : text.substring(0, end));
		}
		return true;
	}

	private static String describe(Operation operation) {
		if (operation instanceof Execute execute) {
			String text = execute.sql().strip().replaceAll("\\s+", " ");
			return (text.length() > 60) ? text.substring(0, 57) + "..." : text;
		}
		return operation.name().toLowerCase(Locale.ROOT);
	}

}
