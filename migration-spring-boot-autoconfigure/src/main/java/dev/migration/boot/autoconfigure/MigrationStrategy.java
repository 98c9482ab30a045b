package dev.migration.boot.autoconfigure;

import dev.migration.Migrator;

/**
 * Replaces what happens to the database at start-up: with a bean of this type,
 * {@code migration.on-startup} and {@code migration.target} are not used, and the strategy
 * decides. It runs when {@code migration.startup-phase} says; an exception it throws fails
 * start-up (unless {@code migration.fail-on-error} is {@code false}).
 *
 * <pre>{@code
 * @Bean
 * MigrationStrategy upgradeOneAtATime() {
 *     return (migrator) -> {
 *         while (!migrator.status().pending().isEmpty()) {
 *             migrator.upgrade("+1");
 *         }
 *     };
 * }
 * }</pre>
 *
 * <p>A strategy that does nothing, {@code (migrator) -> { }}, leaves the database alone at start-up
 * while the endpoint and the health indicator keep reporting, as {@code migration.on-startup=none}
 * does.
 */
@FunctionalInterface
public interface MigrationStrategy {

	/**
	 * Does what start-up should do to the database.
	 * @param migrator the auto-configured migrator
	 */
	void migrate(Migrator migrator);

}
