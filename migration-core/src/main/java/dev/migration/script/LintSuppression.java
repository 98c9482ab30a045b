package dev.migration.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A revision's written decision to silence one lint rule for that revision only, with the
 * reason: {@code -- lint_ignore: drop-column (the column was unused since 2.3)} in a SQL header,
 * {@code lint_ignore: [{rule: drop-column, reason: ...}]} in YAML,
 * {@code @RevisionInfo(lintIgnore = "drop-column: ...")} in Java. A suppression without a reason
 * silences nothing: the linter reports it instead.
 *
 * @param rule the id of the rule silenced, as written
 * @param reason why the finding is accepted; empty when none was written
 * @param line the line of the revision file that declares it, or 0 when unknown
 */
public record LintSuppression(String rule, String reason, int line) {

	public LintSuppression {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(reason, "reason");
		rule = rule.strip();
		reason = reason.strip();
	}

	/**
	 * Reads the {@code rule: reason} form of Java's {@code @RevisionInfo(lintIgnore = ...)} and the
	 * {@code rule (reason)} form of SQL headers. Several rules may share one reason:
	 * {@code drop-table, drop-column (reason)}.
	 * @param text the text
	 * @param line the line it was read from, or 0
	 * @return one suppression per rule named; a rule without a reason gets an empty one
	 */
	public static List<LintSuppression> parse(String text, int line) {
		String rules = text.strip();
		String reason = "";
		int open = rules.indexOf('(');
		int colon = rules.indexOf(':');
		if (open >= 0 && (colon < 0 || open < colon)) {
			int close = rules.lastIndexOf(')');
			reason = rules.substring(open + 1, (close > open) ? close : rules.length());
			rules = rules.substring(0, open);
		}
		else if (colon >= 0) {
			reason = rules.substring(colon + 1);
			rules = rules.substring(0, colon);
		}
		List<LintSuppression> suppressions = new ArrayList<>();
		for (String rule : rules.split(",", -1)) {
			suppressions.add(new LintSuppression(rule, reason, line));
		}
		return List.copyOf(suppressions);
	}

}
