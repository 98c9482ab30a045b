package dev.migration.boot.autoconfigure;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.migration.Migrator;
import dev.migration.boot.actuate.endpoint.MigrationsEndpoint;
import dev.migration.boot.actuate.endpoint.WritableMigrationsEndpoint;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@code migrations} Actuator endpoint:
 * read-only, unless {@code migration.endpoint.write-operations-enabled} is {@code true}.
 */
@AutoConfiguration(after = MigrationAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationEndpointAutoConfiguration {

	private static final String WRITE_OPERATIONS = "migration.endpoint.write-operations-enabled";

	@Bean
	@ConditionalOnBean(Migrator.class)
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = WRITE_OPERATIONS, havingValue = false, matchIfMissing = true)
	MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
		return new MigrationsEndpoint(context);
	}

	@Bean
	@ConditionalOnBean(Migrator.class)
	@ConditionalOnMissingBean(MigrationsEndpoint.class)
	@ConditionalOnBooleanProperty(WRITE_OPERATIONS)
	WritableMigrationsEndpoint writableMigrationsEndpoint(ApplicationContext context) {
		return new WritableMigrationsEndpoint(context);
	}

}
