package dev.migration.boot.autoconfigure;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

import dev.migration.Migrator;
import dev.migration.boot.MigrationOutcomes;
import dev.migration.boot.health.MigrationHealthIndicator;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@code migrations} health contributor:
 * one {@link MigrationHealthIndicator} per {@link Migrator} bean.
 */
@AutoConfiguration(after = MigrationAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
	HealthContributor migrationsHealthContributor(Map<String, Migrator> migrators,
			ObjectProvider<MigrationOutcomes> outcomes) {
		MigrationOutcomes recorded = outcomes.getIfAvailable();
		if (migrators.size() == 1) {
			return new MigrationHealthIndicator(migrators.values().iterator().next(), recorded);
		}
		return CompositeHealthContributor.fromMap(migrators,
				(migrator) -> new MigrationHealthIndicator(migrator, recorded));
	}

}
