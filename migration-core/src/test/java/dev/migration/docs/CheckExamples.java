package dev.migration.docs;

import javax.sql.DataSource;

import dev.migration.Migrator;
import dev.migration.lint.LintReport;
import dev.migration.lint.Linter;
import dev.migration.verify.RoundTripResult;
import dev.migration.verify.RoundTripVerifier;
import dev.migration.verify.ScratchSchema;

/**
 * The Java snippets of the page on checks ({@code docs/checks.md}), between their tags, so that
 * they compile.
 */
final class CheckExamples {

	private CheckExamples() {
	}

	static void lintAndRoundTrip(Migrator migrator, DataSource dataSource) {
		// tag::lint-and-round-trip[]
		LintReport report = Linter.forDatabase("postgresql").lint(migrator);   // no database needed
		report.findings();       // what to show, in upgrade order
		report.hasErrors();      // whether to fail
		report.describe();       // one line per finding, then "1 error, 2 warnings, 0 infos; 1 silenced by lint_ignore"

		try (ScratchSchema scratch = ScratchSchema.create(dataSource)) {      // a throw-away schema
			RoundTripResult result = RoundTripVerifier.of(migrator).verify(scratch.dataSource());
			result.passed();
			result.describe();
		}
		// or, the same in one call:
		RoundTripVerifier.of(migrator).verifyInScratchSchema(dataSource);
		// end::lint-and-round-trip[]
	}

}
