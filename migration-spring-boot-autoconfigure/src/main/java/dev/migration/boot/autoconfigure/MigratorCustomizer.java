package dev.migration.boot.autoconfigure;

import dev.migration.Migrator;

/**
 * Customizes the auto-configured {@link Migrator} before it is built: its settings, listeners,
 * revisions written in code, or a parser of another file format. Every bean of this type is
 * applied, in {@link org.springframework.core.annotation.Order order}, after the
 * {@code migration.*} properties, so a customizer has the last word:
 *
 * <pre>{@code
 * @Bean
 * MigratorCustomizer auditLogTable() {
 *     return (builder) -> builder.settings(builder.settings().withLogTable("audit_revision_log"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MigratorCustomizer {

	/**
	 * Customizes the migrator's builder.
	 * @param builder the builder, with the settings of the {@code migration.*} properties
	 */
	void customize(Migrator.Builder builder);

}
