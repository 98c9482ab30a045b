package dev.migration.boot.autoconfigure;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

import dev.migration.Migrator;
import dev.migration.boot.MigrationOutcomes;
import dev.migration.boot.autoconfigure.MigrationAutoConfiguration.MigrationDataSourceCondition;
import dev.migration.boot.autoconfigure.MigrationProperties.StartupPhase;
import dev.migration.java.JavaRevision;
import dev.migration.java.JavaRevisions;
import dev.migration.runtime.MigrationListener;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the migration engine: a {@link Migrator}
 * over the application's DataSource (or the one {@link MigrationDataSource} or
 * {@code migration.url} names), and the start-up action that brings the database to its heads.
 *
 * <p>The migrator's revisions are the files in {@code migration.locations} and every
 * {@link JavaRevision} bean; its listeners every {@link MigrationListener} bean;
 * {@link MigratorCustomizer} beans have the last word on its configuration. A
 * {@link MigrationStrategy} bean replaces the start-up action.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@Conditional(MigrationDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migration.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrationAutoConfiguration {

	private static final String VENDOR_PLACEHOLDER = "{vendor}";

	@Bean
	MigrationSchemaManagementProvider migrationSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		return new MigrationSchemaManagementProvider(migrators);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JdbcUtils.class)
	@ConditionalOnMissingBean(Migrator.class)
	static class MigratorConfiguration {

		private final MigrationProperties properties;

		MigratorConfiguration(MigrationProperties properties) {
			this.properties = properties;
		}

		@Bean
		@ConditionalOnMissingBean
		MigrationOutcomes migrationOutcomes() {
			return new MigrationOutcomes();
		}

		@Bean
		Migrator migrator(Environment environment, ResourceLoader resourceLoader, ObjectProvider<DataSource> dataSource,
				@MigrationDataSource ObjectProvider<DataSource> migrationDataSource,
				ObjectProvider<JavaRevision> javaRevisions, ObjectProvider<MigrationListener> listeners,
				ObjectProvider<MigratorCustomizer> customizers) {
			DataSource database = database(migrationDataSource.getIfAvailable(), dataSource.getIfUnique());
			Migrator.Builder builder = Migrator.builder()
				.dataSource(database)
				.settings(settings(database, environment.getProperty("spring.application.name")))
				.classLoader(resourceLoader.getClassLoader())
				.revisions(JavaRevisions.scripts(javaRevisions.orderedStream().toList()));
			listeners.orderedStream().forEach(builder::listener);
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

		private DataSource database(@Nullable DataSource migrationDataSource, @Nullable DataSource dataSource) {
			if (migrationDataSource != null) {
				return migrationDataSource;
			}
			String url = this.properties.getUrl();
			if (url != null) {
				DataSourceBuilder<?> builder = DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(url);
				return applyCredentials(builder).build();
			}
			if (this.properties.getUser() != null && dataSource != null) {
				DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(dataSource)
					.type(SimpleDriverDataSource.class);
				return applyCredentials(builder).build();
			}
			Assert.state(dataSource != null, "No DataSource to migrate: define a single DataSource bean (or mark one "
					+ "@Primary), mark one @MigrationDataSource, or set migration.url");
			return dataSource;
		}

		private DataSourceBuilder<?> applyCredentials(DataSourceBuilder<?> builder) {
			builder.username(this.properties.getUser()).password(this.properties.getPassword());
			if (StringUtils.hasText(this.properties.getDriverClassName())) {
				builder.driverClassName(this.properties.getDriverClassName());
			}
			return builder;
		}

		private MigrationSettings settings(DataSource database, @Nullable String applicationName) {
			MigrationProperties properties = this.properties;
			MigrationSettings settings = MigrationSettings.defaults()
				.withLocations(locations(properties.getLocations(), database))
				.withVersionTable(properties.getVersionTable(), properties.getVersionTableSchema())
				.withLogTable(properties.getLogTable())
				.withTransactionMode(properties.getTransactionMode())
				.withLockWaitTimeout(properties.getLockWaitTimeout())
				.withTimeouts(properties.getLockTimeout(), properties.getStatementTimeout())
				.withChecksumPolicy(properties.getChecksumPolicy());
			return (applicationName != null) ? settings.withApplication(applicationName) : settings;
		}

		private static List<Location> locations(List<String> locations, DataSource database) {
			List<String> resolved = locations;
			if (locations.stream().anyMatch((location) -> location.contains(VENDOR_PLACEHOLDER))) {
				String vendor = vendor(database);
				resolved = locations.stream().map((location) -> location.replace(VENDOR_PLACEHOLDER, vendor)).toList();
			}
			return resolved.stream().map(Location::parse).toList();
		}

		private static String vendor(DataSource database) {
			try {
				String url = JdbcUtils.extractDatabaseMetaData(database, DatabaseMetaData::getURL);
				DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(url);
				Assert.state(driver != DatabaseDriver.UNKNOWN,
						() -> "Cannot tell the database vendor of " + url + " for {vendor} in migration.locations");
				return driver.getId();
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot read the database's URL for {vendor} in migration.locations",
						ex);
			}
		}

		@Bean
		@ConditionalOnMissingBean({ MigrationInitializer.class, ApplicationReadyMigrationInitializer.class })
		@Conditional(OnApplicationReadyPhase.class)
		ApplicationReadyMigrationInitializer applicationReadyMigrationInitializer(Migrator migrator,
				ObjectProvider<MigrationStrategy> strategy, ObjectProvider<MigrationOutcomes> outcomes) {
			return new ApplicationReadyMigrationInitializer(migrator, strategy(strategy),
					this.properties.isFailOnError(), outcomes.getIfAvailable());
		}

		@Bean
		@ConditionalOnMissingBean({ MigrationInitializer.class, ApplicationReadyMigrationInitializer.class })
		@Conditional(OnContextRefreshPhase.class)
		MigrationInitializer migrationInitializer(Migrator migrator, ObjectProvider<MigrationStrategy> strategy,
				ObjectProvider<MigrationOutcomes> outcomes) {
			return new MigrationInitializer(migrator, strategy(strategy), this.properties.isFailOnError(),
					outcomes.getIfAvailable());
		}

		private MigrationStrategy strategy(ObjectProvider<MigrationStrategy> strategy) {
			return strategy.getIfAvailable(
					() -> new OnStartupMigrationStrategy(this.properties.getOnStartup(), this.properties.getTarget(),
							this.properties.isLintOnValidate()));
		}

	}

	/**
	 * Matches when there is a database to migrate: a DataSource bean, JDBC connection details, or
	 * {@code migration.url}.
	 */
	static final class MigrationDataSourceCondition extends AnyNestedCondition {

		MigrationDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnBean(JdbcConnectionDetails.class)
		private static final class JdbcConnectionDetailsCondition {

		}

		@ConditionalOnProperty("migration.url")
		private static final class MigrationUrlCondition {

		}

	}

	/**
	 * Matches one {@code migration.startup-phase}, bound as the properties bind it (so
	 * {@code context-refresh}, {@code CONTEXT_REFRESH} and {@code contextRefresh} all match).
	 */
	abstract static class StartupPhaseCondition extends SpringBootCondition {

		private final StartupPhase phase;

		StartupPhaseCondition(StartupPhase phase) {
			this.phase = phase;
		}

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			StartupPhase configured = Binder.get(context.getEnvironment())
				.bind("migration.startup-phase", StartupPhase.class)
				.orElse(StartupPhase.APPLICATION_READY);
			String message = "migration.startup-phase is " + configured;
			return (configured == this.phase) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
		}

	}

	static final class OnApplicationReadyPhase extends StartupPhaseCondition {

		OnApplicationReadyPhase() {
			super(StartupPhase.APPLICATION_READY);
		}

	}

	static final class OnContextRefreshPhase extends StartupPhaseCondition {

		OnContextRefreshPhase() {
			super(StartupPhase.CONTEXT_REFRESH);
		}

	}

}
