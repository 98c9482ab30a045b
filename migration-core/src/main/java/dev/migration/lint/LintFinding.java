package dev.migration.lint;

import java.util.Objects;

/**
 * One thing a lint rule found in one revision.
 *
 * @param ruleId the id of the rule, for example {@code drop-column}: what a suppression names
 * @param severity how much it matters
 * @param revision the id of the revision it concerns
 * @param source where that revision is declared, for example
 * {@code classpath:db/revisions/20241024_1430_ae1027a6acf_add_x.sql}
 * @param line the line of the file it concerns, or 0 for the revision as a whole
 * @param message what was found, why it matters and what to do instead
 */
public record LintFinding(String ruleId, Severity severity, String revision, String source, int line,
		String message) {

	public LintFinding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(message, "message");
	}

	/**
	 * Returns where the finding is: {@code file:line}, or the file alone.
	 * @return the location
	 */
	public String location() {
		return (this.line > 0) ? this.source + ":" + this.line : this.source;
	}

	/**
	 * Describes the finding on one line, as compilers do:
	 * {@code file:line: error [drop-column] Revision 'x' drops column ...}.
	 * @return the description
	 */
	public String describe() {
		return location() + ": " + this.severity.label() + " [" + this.ruleId + "] " + this.message;
	}

	@Override
	public String toString() {
		return describe();
	}

}
