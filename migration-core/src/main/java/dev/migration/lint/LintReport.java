package dev.migration.lint;

import java.util.List;
import java.util.Objects;

/**
 * What the linter found.
 *
 * @param findings what the rules found and no suppression silenced, in upgrade order of the
 * revisions, then by line
 * @param suppressed what suppressions silenced, with their reasons
 */
public record LintReport(List<LintFinding> findings, List<SuppressedFinding> suppressed) {

	public LintReport {
		findings = List.copyOf(findings);
		suppressed = List.copyOf(suppressed);
	}

	/**
	 * Whether some finding is an {@link Severity#ERROR}: {@code check} then fails.
	 * @return whether there are errors
	 */
	public boolean hasErrors() {
		return this.findings.stream().anyMatch((finding) -> finding.severity() == Severity.ERROR);
	}

	/**
	 * Returns the findings of a severity.
	 * @param severity the severity
	 * @return the findings
	 */
	public List<LintFinding> findings(Severity severity) {
		return this.findings.stream().filter((finding) -> finding.severity() == severity).toList();
	}

	/**
	 * Describes the report for people: one line per finding, then a summary such as
	 * {@code 1 error, 2 warnings, 0 infos; 1 silenced by lint_ignore}.
	 * @return the description
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (LintFinding finding : this.findings) {
			text.append(finding.describe()).append('\n');
		}
		text.append(count(Severity.ERROR, "error")).append(", ").append(count(Severity.WARNING, "warning")).append(", ")
			.append(count(Severity.INFO, "info"));
		if (!this.suppressed.isEmpty()) {
			text.append("; ").append(this.suppressed.size()).append(" silenced by lint_ignore");
		}
		return text.toString();
	}

	private String count(Severity severity, String noun) {
		int count = findings(severity).size();
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	@Override
	public String toString() {
		return describe();
	}

	/**
	 * A finding a revision silenced.
	 *
	 * @param finding the finding
	 * @param reason the reason the revision gives
	 */
	public record SuppressedFinding(LintFinding finding, String reason) {

		public SuppressedFinding {
			Objects.requireNonNull(finding, "finding");
			Objects.requireNonNull(reason, "reason");
		}

	}

}
