package dev.migration.boot.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

import dev.migration.MigrationResult;
import dev.migration.Migrator;
import dev.migration.revision.Step;
import dev.migration.runtime.MigrationFailedException;
import dev.migration.runtime.MigrationListener;

/**
 * Micrometer metrics of the migrators:
 * <ul>
 * <li>{@code migration.command}, a timer of each command (tags {@code command}: {@code upgrade},
 * {@code downgrade} or {@code stamp}; {@code outcome}: {@code success} or {@code failure};
 * {@code exception});</li>
 * <li>{@code migration.revision}, a timer of each revision upgraded or downgraded (tags
 * {@code revision}, {@code direction}: {@code upgrade} or {@code downgrade}, {@code outcome});</li>
 * <li>{@code migration.pending}, a gauge of the revisions an upgrade to the heads would run (tag
 * {@code migrator}: the bean name). Reading it queries the database at most every
 * {@value #PENDING_REFRESH_SECONDS} seconds, and after each command; it is {@code NaN} while the
 * database cannot be read.</li>
 * </ul>
 * A {@link MigrationListener} of every migrator the auto-configuration builds, and a
 * {@link MeterBinder} for the gauges.
 */
public class MigrationMetrics implements MigrationListener, MeterBinder {

	/** How long a read of the pending revisions is reused, in seconds. */
	public static final long PENDING_REFRESH_SECONDS = 10;

	private final MeterRegistry registry;

	private final ListableBeanFactory beanFactory;

	private final Map<Step, Long> running = new ConcurrentHashMap<>();

	private final Map<String, PendingRevisions> pending = new ConcurrentHashMap<>();

	/**
	 * Creates the metrics.
	 * @param registry where the timers go
	 * @param beanFactory where the migrators are, looked up when the gauges are bound
	 */
	public MigrationMetrics(MeterRegistry registry, ListableBeanFactory beanFactory) {
		this.registry = registry;
		this.beanFactory = beanFactory;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.beanFactory.getBeansOfType(Migrator.class).forEach((name, migrator) -> {
			PendingRevisions revisions = this.pending.computeIfAbsent(name, (key) -> new PendingRevisions(migrator));
			Gauge.builder("migration.pending", revisions, PendingRevisions::value)
				.description("Revisions an upgrade to the heads would run")
				.tag("migrator", name)
				.register(registry);
		});
	}

	@Override
	public void beforeStep(Step step, int index, int total) {
		this.running.put(step, System.nanoTime());
	}

	@Override
	public void afterStep(Step step, Duration duration) {
		this.running.remove(step);
		recordRevision(step, "success", duration);
	}

	@Override
	public void stepFailed(Step step, MigrationFailedException failure) {
		Long started = this.running.remove(step);
		if (started != null) {
			recordRevision(step, "failure", Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private void recordRevision(Step step, String outcome, Duration duration) {
		if (step.revision() == null || step.kind() == Step.Kind.STAMP) {
			return;
		}
		Timer.builder("migration.revision")
			.description("Time taken to upgrade or downgrade one revision")
			.tag("revision", step.revision().id())
			.tag("direction", step.kind().verb())
			.tag("outcome", outcome)
			.register(this.registry)
			.record(duration);
	}

	@Override
	public void commandFinished(MigrationResult result) {
		recordCommand(result.command(), "success", "none", result.duration());
	}

	@Override
	public void commandFailed(String command, String target, Duration duration, RuntimeException failure) {
		recordCommand(command, "failure", failure.getClass().getSimpleName(), duration);
	}

	private void recordCommand(String command, String outcome, String exception, Duration duration) {
		this.pending.values().forEach(PendingRevisions::invalidate);
		Timer.builder("migration.command")
			.description("Time taken by a migration command, waiting for the lock included")
			.tag("command", command)
			.tag("outcome", outcome)
			.tag("exception", exception)
			.register(this.registry)
			.record(duration);
	}

	/** The number of pending revisions of one migrator, read again when stale. */
	private static final class PendingRevisions {

		private final Migrator migrator;

		private volatile @Nullable Reading reading;

		PendingRevisions(Migrator migrator) {
			this.migrator = migrator;
		}

		double value() {
			Reading last = this.reading;
			long now = System.nanoTime();
			if (last != null && now - last.at() < Duration.ofSeconds(PENDING_REFRESH_SECONDS).toNanos()) {
				return last.value();
			}
			double value;
			try {
				value = this.migrator.status().pending().size();
			}
			catch (RuntimeException ex) {
				value = Double.NaN;
			}
			this.reading = new Reading(value, now);
			return value;
		}

		void invalidate() {
			this.reading = null;
		}

		private record Reading(double value, long at) {
		}

	}

}
