package dev.migration.boot.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.RevisionState;
import dev.migration.RevisionStatus;
import dev.migration.boot.MigrationOutcomes;
import dev.migration.runtime.ChecksumPolicy;
import dev.migration.runtime.MigrationFailedException;

/**
 * {@link HealthIndicator} of a migrator's database. {@code UP} when nothing failed; {@code DOWN}
 * when the start-up migration or the last command failed (until a command succeeds), or when an
 * applied revision changed and the checksum policy is {@code fail}. The details say where the
 * database stands: {@code current}, {@code heads}, {@code pending}, and {@code changed},
 * {@code missing} and {@code failure} when there are any. Pending revisions alone leave it
 * {@code UP}: with {@code migration.on-startup=none} someone else migrates, and during a rolling
 * deployment another instance may be doing so right now.
 */
public class MigrationHealthIndicator extends AbstractHealthIndicator {

	private final Migrator migrator;

	private final @Nullable MigrationOutcomes outcomes;

	/**
	 * Creates an indicator.
	 * @param migrator the migrator whose database it reports
	 * @param outcomes how the migrator's commands and the start-up migration ended, if known
	 */
	public MigrationHealthIndicator(Migrator migrator, @Nullable MigrationOutcomes outcomes) {
		super("Migration health check failed");
		this.migrator = migrator;
		this.outcomes = outcomes;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationOutcomes.Failure failure = (this.outcomes != null) ? this.outcomes.lastFailure() : null;
		if (failure != null) {
			builder.down().withDetail("failure", describe(failure));
		}
		MigrationStatus status;
		try {
			status = this.migrator.status();
		}
		catch (RuntimeException ex) {
			if (failure == null) {
				builder.down(ex);
			}
			else {
				builder.withDetail("error", ex.getClass().getName() + ": " + ex.getMessage());
			}
			return;
		}
		builder.withDetail("current", status.current())
			.withDetail("heads", status.heads())
			.withDetail("pending", ids(status.pending()));
		List<RevisionStatus> changed = status.inState(RevisionState.CHANGED);
		List<RevisionStatus> missing = status.inState(RevisionState.MISSING);
		ChecksumPolicy policy = this.migrator.settings().checksumPolicy();
		if (!changed.isEmpty() && policy != ChecksumPolicy.IGNORE) {
			builder.withDetail("changed", ids(changed));
		}
		if (!missing.isEmpty()) {
			builder.withDetail("missing", ids(missing));
		}
		if (!changed.isEmpty() && policy == ChecksumPolicy.FAIL) {
			builder.down();
		}
		else if (failure == null) {
			builder.up();
		}
	}

	private static List<String> ids(List<RevisionStatus> revisions) {
		return revisions.stream().map(RevisionStatus::revision).toList();
	}

	private static Map<String, Object> describe(MigrationOutcomes.Failure failure) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("action", failure.action());
		details.put("at", failure.at().toString());
		RuntimeException exception = failure.exception();
		details.put("error", exception.getClass().getName() + ": " + exception.getMessage());
		if (exception instanceof MigrationFailedException failed) {
			details.put("revision", failed.revision());
			if (failed.source() != null) {
				details.put("source", failed.source() + ((failed.line() > 0) ? ":" + failed.line() : ""));
			}
			if (failed.statement() != null) {
				details.put("statement", failed.statement());
			}
			if (failed.sqlState() != null) {
				details.put("sqlState", failed.sqlState());
			}
			details.put("versionTable", failed.currentRows());
		}
		return details;
	}

}
