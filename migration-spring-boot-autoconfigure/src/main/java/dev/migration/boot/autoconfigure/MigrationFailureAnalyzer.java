package dev.migration.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migration.MigrationException;
import dev.migration.revision.InvalidRevisionsException;
import dev.migration.revision.RevisionException;
import dev.migration.runtime.MigrationFailedException;

/**
 * Explains a start-up that failed because of the database migration: the engine's report, and
 * what to do about it.
 */
class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
		return new FailureAnalysis("The database migration failed:\n\n" + cause.getMessage(), action(cause), cause);
	}

	private static String action(MigrationException cause) {
		if (cause instanceof MigrationFailedException failed) {
			String where = (failed.source() != null)
					? " (" + failed.source() + ((failed.line() > 0) ? ":" + failed.line() : "") + ")" : "";
			return "Fix revision " + failed.revision() + where + " and start the application again; the version "
					+ "table says where the database stands: "
					+ (failed.currentRows().isEmpty() ? "base" : String.join(", ", failed.currentRows()))
					+ ". To start the application without migrating, set migration.on-startup=none.";
		}
		if (cause instanceof MigrationValidationException) {
			return "Upgrade the database to the heads before this application starts (for example with 'migration "
					+ "upgrade heads'), or set migration.on-startup=upgrade to upgrade it at start-up. Put a changed "
					+ "revision file back as it was; a missing revision was applied by another version of the "
					+ "application.";
		}
		if (cause instanceof InvalidRevisionsException) {
			return "Fix the revision files listed above, or point migration.locations at the right folders.";
		}
		if (cause instanceof RevisionException) {
			return "Check migration.target and the revision files in migration.locations.";
		}
		return "Check the migration.* properties, the database connection and the revision files.";
	}

}
