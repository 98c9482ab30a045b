package dev.migration.boot.autoconfigure;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.migration.Migrator;
import dev.migration.boot.MigrationOutcomes;

/**
 * Runs the start-up action once, whenever it is triggered, and records how it ended.
 */
final class StartupMigration {

	private static final Log logger = LogFactory.getLog(StartupMigration.class);

	private final Migrator migrator;

	private final MigrationStrategy strategy;

	private final boolean failOnError;

	private final @Nullable MigrationOutcomes outcomes;

	private final AtomicBoolean ran = new AtomicBoolean();

	StartupMigration(Migrator migrator, MigrationStrategy strategy, boolean failOnError,
			@Nullable MigrationOutcomes outcomes) {
		this.migrator = migrator;
		this.strategy = strategy;
		this.failOnError = failOnError;
		this.outcomes = outcomes;
	}

	void run() {
		if (!this.ran.compareAndSet(false, true)) {
			return;
		}
		try {
			this.strategy.migrate(this.migrator);
		}
		catch (RuntimeException ex) {
			if (this.outcomes != null) {
				this.outcomes.failed("start-up (" + this.strategy + ")", ex);
			}
			if (this.failOnError) {
				throw ex;
			}
			logger.error("The database migration at start-up failed; the application starts anyway "
					+ "(migration.fail-on-error=false) and reports DOWN in the 'migrations' health indicator", ex);
		}
	}

}
