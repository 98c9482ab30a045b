package dev.migration.boot.autoconfigure;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.boot.autoconfigure.MigrationProperties.OnStartup;

/**
 * The start-up action {@code migration.on-startup} and {@code migration.target} describe, used when
 * the application defines no {@link MigrationStrategy}.
 */
final class OnStartupMigrationStrategy implements MigrationStrategy {

	private static final Log logger = LogFactory.getLog(OnStartupMigrationStrategy.class);

	private final OnStartup onStartup;

	private final String target;

	OnStartupMigrationStrategy(OnStartup onStartup, String target) {
		this.onStartup = onStartup;
		this.target = target;
	}

	@Override
	public void migrate(Migrator migrator) {
		switch (this.onStartup) {
			case UPGRADE -> migrator.upgrade(this.target);
			case VALIDATE -> validate(migrator);
			case NONE -> logger.debug("Leaving the database as it is at start-up (migration.on-startup=none)");
		}
	}

	private void validate(Migrator migrator) {
		List<String> problems = migrator.validate();
		if (!problems.isEmpty()) {
			throw new MigrationValidationException(problems);
		}
		if (logger.isInfoEnabled()) {
			MigrationStatus status = migrator.status();
			logger.info("Validated the database: it is at the heads ("
					+ (status.heads().isEmpty() ? "base" : String.join(", ", status.heads())) + ")");
		}
	}

	@Override
	public String toString() {
		return "migration.on-startup=" + this.onStartup.name().toLowerCase() + " (target " + this.target + ")";
	}

}
