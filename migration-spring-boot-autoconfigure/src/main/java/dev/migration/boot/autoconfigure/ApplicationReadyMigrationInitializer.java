package dev.migration.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import dev.migration.Migrator;
import dev.migration.boot.MigrationOutcomes;

/**
 * Runs the start-up action when the application is ready
 * ({@code migration.startup-phase=application-ready}, the default). Spring Boot publishes
 * {@code ApplicationReadyEvent} and then, on the same thread, readiness
 * {@code ACCEPTING_TRAFFIC}; this listener runs synchronously in between, so the application
 * accepts traffic only once the database is migrated. An exception it throws propagates from
 * {@code SpringApplication.run}: the context is closed, the failure analyzers report it, and the
 * application exits.
 *
 * <p>Only the event of its own context triggers it, not that of a child context.
 *
 * @see MigrationInitializer
 */
public class ApplicationReadyMigrationInitializer
		implements ApplicationListener<ApplicationReadyEvent>, ApplicationContextAware, Ordered {

	private final StartupMigration startup;

	private @Nullable ApplicationContext context;

	private int order;

	/**
	 * Creates an initializer that runs a strategy.
	 * @param migrator the migrator
	 * @param strategy what to do
	 * @param failOnError whether a failure fails start-up; when not, it is logged and recorded
	 * @param outcomes where the failure is recorded for the health indicator, if anywhere
	 */
	public ApplicationReadyMigrationInitializer(Migrator migrator, MigrationStrategy strategy, boolean failOnError,
			@Nullable MigrationOutcomes outcomes) {
		this.startup = new StartupMigration(migrator, strategy, failOnError, outcomes);
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.context == null || event.getApplicationContext() == this.context) {
			this.startup.run();
		}
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	/**
	 * Sets the order among the {@code ApplicationReadyEvent} listeners; {@code 0} by default, so
	 * that unordered listeners run after the upgrade.
	 * @param order the order
	 */
	public void setOrder(int order) {
		this.order = order;
	}

}
