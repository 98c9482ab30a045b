package dev.migration.lint;

import java.util.Objects;

/**
 * What the built-in rules share: their id, severity and summary.
 */
abstract class BuiltInRule implements LintRule {

	private final String id;

	private final Severity severity;

	private final String summary;

	BuiltInRule(String id, Severity severity, String summary) {
		this.id = Objects.requireNonNull(id, "id");
		this.severity = Objects.requireNonNull(severity, "severity");
		this.summary = Objects.requireNonNull(summary, "summary");
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final Severity severity() {
		return this.severity;
	}

	@Override
	public final String summary() {
		return this.summary;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
