package dev.migration.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migration.Migrator;
import dev.migration.boot.MigrationOutcomes;

/**
 * Runs the start-up action while the application context refreshes
 * ({@code migration.startup-phase=context-refresh}). Spring Boot's database initialization
 * ordering knows this bean as a database initializer, so the beans that use the database (a JPA
 * {@code EntityManagerFactory}, {@code JdbcTemplate}, {@code JdbcClient}, beans marked
 * {@code @DependsOnDatabaseInitialization}) are created after it ran.
 *
 * @see ApplicationReadyMigrationInitializer
 */
public class MigrationInitializer implements InitializingBean, Ordered {

	private final StartupMigration startup;

	private int order;

	/**
	 * Creates an initializer that runs a strategy.
	 * @param migrator the migrator
	 * @param strategy what to do
	 * @param failOnError whether a failure fails start-up; when not, it is logged and recorded
	 * @param outcomes where the failure is recorded for the health indicator, if anywhere
	 */
	public MigrationInitializer(Migrator migrator, MigrationStrategy strategy, boolean failOnError,
			@Nullable MigrationOutcomes outcomes) {
		this.startup = new StartupMigration(migrator, strategy, failOnError, outcomes);
	}

	@Override
	public void afterPropertiesSet() {
		this.startup.run();
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	public void setOrder(int order) {
		this.order = order;
	}

}
