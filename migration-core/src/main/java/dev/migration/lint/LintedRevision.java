package dev.migration.lint;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migration.revision.Revision;
import dev.migration.script.RecordedOperation;
import dev.migration.script.RevisionScript;

/**
 * A revision as the lint rules see it: its script, the operations its upgrade and downgrade
 * hand over, and what the upgrade's operations change.
 *
 * @param script the revision's script
 * @param databaseKind the database the revisions are linted for: {@code postgresql},
 * {@code mariadb}, {@code mysql} or {@code h2}
 * @param upgradeOperations the upgrade's operations, in order
 * @param upgrade what the upgrade's operations change, in order
 * @param downgradeOperations the downgrade's operations, in order; empty when there is no
 * downgrade
 * @param upgradeProblem why the upgrade's operations could not all be recorded (a Java revision
 * that uses the JDBC connection, a SQL file that cannot be split), or {@code null}
 * @param downgradeProblem why the downgrade's operations could not be recorded (there is no
 * downgrade, or it failed), or {@code null}
 */
public record LintedRevision(RevisionScript script, String databaseKind, List<RecordedOperation> upgradeOperations,
		List<Change> upgrade, List<RecordedOperation> downgradeOperations, @Nullable String upgradeProblem,
		@Nullable String downgradeProblem) {

	public LintedRevision {
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(databaseKind, "databaseKind");
		upgradeOperations = List.copyOf(upgradeOperations);
		upgrade = List.copyOf(upgrade);
		downgradeOperations = List.copyOf(downgradeOperations);
	}

	/**
	 * Returns the revision.
	 * @return the revision
	 */
	public Revision revision() {
		return this.script.revision();
	}

	/**
	 * Whether the revisions are linted for PostgreSQL.
	 * @return whether they are
	 */
	public boolean isPostgresql() {
		return this.databaseKind.equals("postgresql");
	}

	/**
	 * Whether the revisions are linted for MariaDB or MySQL.
	 * @return whether they are
	 */
	public boolean isMariaDbOrMySql() {
		return this.databaseKind.equals("mariadb") || this.databaseKind.equals("mysql");
	}

	/**
	 * Whether a change of the upgrade before the given one creates the table (or renames a table
	 * it created to that name): such a table is new and empty, so what is risky on an existing
	 * table is not risky on it.
	 * @param table the table
	 * @param before the index in {@link #upgrade()} of the change that asks
	 * @return whether the table is created earlier in this revision
	 */
	public boolean tableCreatedBefore(String table, int before) {
		String wanted = table;
		for (int i = before - 1; i >= 0; i--) {
			Change change = this.upgrade.get(i);
			if (change instanceof Change.CreateTable create && create.table().equals(wanted)) {
				return true;
			}
			if (change instanceof Change.RenameTable rename && rename.to().equals(wanted)) {
				wanted = rename.from();
			}
		}
		return false;
	}

	/**
	 * Whether a change of the upgrade before the given one adds the column to the table.
	 * @param table the table
	 * @param column the column
	 * @param before the index in {@link #upgrade()} of the change that asks
	 * @return whether the column is added earlier in this revision
	 */
	public boolean columnAddedBefore(String table, String column, int before) {
		for (int i = 0; i < before; i++) {
			if (this.upgrade.get(i) instanceof Change.AddColumn add && add.table().equals(table)
					&& add.column().equals(column)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns a finding of a rule about this revision.
	 * @param rule the rule
	 * @param line the line, or 0 for the revision as a whole
	 * @param message what, why, and what to do instead
	 * @return the finding
	 */
	public LintFinding finding(LintRule rule, int line, String message) {
		return new LintFinding(rule.id(), rule.severity(), revision().id(), revision().source(), line, message);
	}

	/**
	 * Returns how this revision's format silences a rule, for messages: a SQL header line, a
	 * YAML key or a Java annotation attribute.
	 * @param ruleId the rule
	 * @return the text to write
	 */
	public String suppressionHint(String ruleId) {
		String source = revision().source().toLowerCase(Locale.ROOT);
		if (source.endsWith(".sql")) {
			return "add the header line '-- lint_ignore: " + ruleId + " (<reason>)'";
		}
		if (source.endsWith(".yaml") || source.endsWith(".yml")) {
			return "add 'lint_ignore: [{rule: " + ruleId + ", reason: \"<reason>\"}]' to the file";
		}
		if (source.startsWith("java:")) {
			return "add lintIgnore = \"" + ruleId + ": <reason>\" to its @RevisionInfo";
		}
		return "silence '" + ruleId + "' for this revision with a written reason";
	}

}
