package dev.migration.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.migration.Migrator;
import dev.migration.boot.metrics.MigrationMetrics;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the migration metrics: timers of commands
 * and revisions, a gauge of pending revisions.
 */
@AutoConfiguration(after = MigrationAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ Migrator.class, MeterRegistry.class })
@ConditionalOnBean({ Migrator.class, MeterRegistry.class })
public final class MigrationMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationMetrics migrationMetrics(MeterRegistry registry, ListableBeanFactory beanFactory) {
		return new MigrationMetrics(registry, beanFactory);
	}

}
