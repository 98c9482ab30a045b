package dev.migration.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migration.script.LintSuppression;

/**
 * Reads each revision's suppressions and applies them to the findings: a finding of a rule that
 * its revision silences with a reason is moved aside with that reason; a suppression that is
 * wrong becomes an {@code invalid-suppression} error, one that silences nothing an
 * {@code unused-suppression} note.
 */
final class SuppressionFilter {

	private final Map<String, LintedRevision> revisions = new LinkedHashMap<>();

	/** By revision, the valid suppressions by rule id. */
	private final Map<String, Map<String, LintSuppression>> valid = new HashMap<>();

	private final List<LintFinding> invalid = new ArrayList<>();

	private final Set<String> knownRules;

	SuppressionFilter(List<LintedRevision> revisions, Set<String> knownRules) {
		this.knownRules = knownRules;
		for (LintedRevision revision : revisions) {
			this.revisions.put(revision.revision().id(), revision);
			for (LintSuppression suppression : revision.script().lintSuppressions()) {
				read(revision, suppression);
			}
		}
	}

	private void read(LintedRevision revision, LintSuppression suppression) {
		String id = revision.revision().id();
		String rule = suppression.rule();
		if (rule.isEmpty()) {
			invalid(revision, suppression, "Revision '" + id + "' has a lint_ignore that names no rule: name the "
					+ "rule and give the reason; " + revision.suppressionHint("<rule-id>") + ".");
		}
		else if (rule.equals(Linter.INVALID_SUPPRESSION)) {
			invalid(revision, suppression, "Revision '" + id + "' tries to silence '" + Linter.INVALID_SUPPRESSION
					+ "', which cannot be silenced: fix the suppressions it reports instead.");
		}
		else if (!this.knownRules.contains(rule)) {
			invalid(revision, suppression, "Revision '" + id + "' silences '" + rule + "', which is not a lint "
					+ "rule, so it silences nothing. The rules are "
					+ String.join(", ", this.knownRules.stream().sorted().toList()) + ".");
		}
		else if (suppression.reason().isEmpty()) {
			invalid(revision, suppression, "Revision '" + id + "' silences '" + rule + "' without a reason: a "
					+ "suppression is a written decision, so it silences nothing until it says why the finding is "
					+ "acceptable; " + revision.suppressionHint(rule).replace("<reason>", "why it is safe") + ".");
		}
		else {
			this.valid.computeIfAbsent(id, (key) -> new LinkedHashMap<>()).putIfAbsent(rule, suppression);
		}
	}

	private void invalid(LintedRevision revision, LintSuppression suppression, String message) {
		this.invalid.add(new LintFinding(Linter.INVALID_SUPPRESSION, Severity.ERROR, revision.revision().id(),
				revision.revision().source(), suppression.line(), message));
	}

	LintReport apply(List<LintFinding> found) {
		List<LintFinding> findings = new ArrayList<>(this.invalid);
		List<LintReport.SuppressedFinding> suppressed = new ArrayList<>();
		Map<String, Set<String>> used = new HashMap<>();
		for (LintFinding finding : found) {
			LintSuppression suppression = this.valid.getOrDefault(finding.revision(), Map.of())
				.get(finding.ruleId());
			if (suppression != null) {
				suppressed.add(new LintReport.SuppressedFinding(finding, suppression.reason()));
				used.computeIfAbsent(finding.revision(), (key) -> new HashSet<>()).add(finding.ruleId());
			}
			else {
				findings.add(finding);
			}
		}
		this.valid.forEach((revision, suppressions) -> suppressions.forEach((rule, suppression) -> {
			if (rule.equals(Linter.UNUSED_SUPPRESSION) || used.getOrDefault(revision, Set.of()).contains(rule)) {
				return;
			}
			LintedRevision linted = this.revisions.get(revision);
			LintFinding unused = new LintFinding(Linter.UNUSED_SUPPRESSION, Severity.INFO, revision,
					linted.revision().source(), suppression.line(), "Revision '" + revision + "' silences '" + rule
							+ "', but that rule finds nothing in it: remove the lint_ignore, so that it cannot hide "
							+ "a finding the revision gets later.");
			LintSuppression silenced = suppressions.get(Linter.UNUSED_SUPPRESSION);
			if (silenced != null) {
				suppressed.add(new LintReport.SuppressedFinding(unused, silenced.reason()));
			}
			else {
				findings.add(unused);
			}
		}));
		return new LintReport(findings, suppressed);
	}

}
