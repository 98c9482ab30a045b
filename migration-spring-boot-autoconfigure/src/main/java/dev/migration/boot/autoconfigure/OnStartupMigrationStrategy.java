package dev.migration.boot.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migration.MigrationException;
import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.boot.autoconfigure.MigrationProperties.OnStartup;
import dev.migration.dialect.Dialects;
import dev.migration.lint.LintFinding;
import dev.migration.lint.LintReport;
import dev.migration.lint.Linter;
import dev.migration.lint.Severity;

/**
 * The start-up action {@code migration.on-startup} and {@code migration.target} describe, used when
 * the application defines no {@link MigrationStrategy}.
 */
final class OnStartupMigrationStrategy implements MigrationStrategy {

	private static final Log logger = LogFactory.getLog(OnStartupMigrationStrategy.class);

	private final OnStartup onStartup;

	private final String target;

	private final boolean lint;

	OnStartupMigrationStrategy(OnStartup onStartup, String target, boolean lint) {
		this.onStartup = onStartup;
		this.target = target;
		this.lint = lint;
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
		List<String> problems = new ArrayList<>(migrator.validate());
		if (this.lint) {
			LintReport report = Linter.forDatabase(databaseKind(migrator)).lint(migrator);
			for (LintFinding finding : report.findings()) {
				if (finding.severity() == Severity.ERROR) {
					problems.add(finding.describe());
				}
				else {
					logger.warn(finding.describe());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new MigrationValidationException(problems);
		}
		if (logger.isInfoEnabled()) {
			MigrationStatus status = migrator.status();
			logger.info("Validated the database: it is at the heads ("
					+ (status.heads().isEmpty() ? "base" : String.join(", ", status.heads())) + ")");
		}
	}

	private static String databaseKind(Migrator migrator) {
		DataSource dataSource = migrator.dataSource();
		if (dataSource == null) {
			throw new MigrationException("The migrator has no database to lint its revisions for");
		}
		try (Connection connection = dataSource.getConnection()) {
			return Dialects.of(connection).kind();
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not connect to lint the revisions: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return "migration.on-startup=" + this.onStartup.name().toLowerCase() + " (target " + this.target + ")";
	}

}
