package dev.migration.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migration.MigrationException;
import dev.migration.MigrationResult;
import dev.migration.Migrator;
import dev.migration.boot.MigrationOutcomes;
import dev.migration.java.JavaRevision;
import dev.migration.java.RevisionInfo;
import dev.migration.operation.Operations;
import dev.migration.revision.Revision;
import dev.migration.runtime.ChecksumPolicy;
import dev.migration.runtime.MigrationFailedException;
import dev.migration.runtime.MigrationListener;
import dev.migration.runtime.MigrationSettings;
import dev.migration.runtime.TransactionMode;
import dev.migration.source.Location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationAutoConfiguration}: its conditions, its properties, and its extension
 * points, over an embedded H2 database per context.
 */
class MigrationAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationAutoConfiguration.class))
		.withPropertyValues("migration.locations=classpath:revisions/basic");

	// ---------------------------------------------------------------- conditions

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrationProperties.class));
	}

	@Test
	void createsAMigratorOverTheDataSourceThatUpgradesWhenTheApplicationIsReady() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class)
				.hasBean("migrator")
				.hasSingleBean(ApplicationReadyMigrationInitializer.class)
				.doesNotHaveBean(MigrationInitializer.class);
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(migrator.dataSource()).isSameAs(context.getBean(DataSource.class));
			assertThat(tables(context)).doesNotContain("ITEMS");
			ready(context);
			assertThat(tables(context)).contains("ITEMS", "ALEMBIC_VERSION", "ALEMBIC_VERSION_LOG");
			assertThat(migrator.currentRows()).containsExactly("add_price");
		});
	}

	@Test
	void disabledCreatesNoMigrationBeanAndLeavesTheDatabaseAlone() {
		this.runner.withPropertyValues("migration.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrationProperties.class)
				.doesNotHaveBean(ApplicationReadyMigrationInitializer.class)
				.doesNotHaveBean(MigrationOutcomes.class);
			ready(context);
			assertThat(tables(context)).doesNotContain("ALEMBIC_VERSION", "ITEMS");
		});
	}

	@Test
	void migrationUrlAloneIsEnoughAndNamesTheDatabase() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationAutoConfiguration.class))
			.withPropertyValues("migration.url=jdbc:h2:mem:migration_url_only;DB_CLOSE_DELAY=-1", "migration.user=sa",
					"migration.locations=classpath:revisions/basic")
			.run((context) -> {
				SimpleDriverDataSource dataSource = (SimpleDriverDataSource) context.getBean(Migrator.class)
					.dataSource();
				assertThat(dataSource.getUrl()).isEqualTo("jdbc:h2:mem:migration_url_only;DB_CLOSE_DELAY=-1");
				assertThat(dataSource.getUsername()).isEqualTo("sa");
				ready(context);
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("add_price");
			});
	}

	@Test
	void migrationUrlWinsOverTheApplicationsDataSource() {
		this.runner.withPropertyValues("migration.url=jdbc:h2:mem:other_database", "migration.user=owner",
				"migration.password=secret", "migration.driver-class-name=org.h2.Driver")
			.run((context) -> {
				SimpleDriverDataSource dataSource = (SimpleDriverDataSource) context.getBean(Migrator.class)
					.dataSource();
				assertThat(dataSource.getUrl()).isEqualTo("jdbc:h2:mem:other_database");
				assertThat(dataSource.getUsername()).isEqualTo("owner");
				assertThat(dataSource.getPassword()).isEqualTo("secret");
				assertThat(dataSource.getDriver()).isInstanceOf(org.h2.Driver.class);
			});
	}

	@Test
	void migrationUserAloneConnectsToTheApplicationsDatabaseAsThatUser() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:app_database", "migration.user=owner")
			.run((context) -> {
				SimpleDriverDataSource dataSource = (SimpleDriverDataSource) context.getBean(Migrator.class)
					.dataSource();
				assertThat(dataSource.getUrl()).isEqualTo("jdbc:h2:mem:app_database");
				assertThat(dataSource.getUsername()).isEqualTo("owner");
			});
	}

	@Test
	void aMigrationDataSourceWinsOverEverythingElse() {
		this.runner.withUserConfiguration(MigrationDataSourceConfiguration.class)
			.withPropertyValues("migration.url=jdbc:h2:mem:ignored")
			.run((context) -> {
				DataSource migrationDataSource = context.getBean("migrationDataSource", DataSource.class);
				assertThat(context.getBean(Migrator.class).dataSource()).isSameAs(migrationDataSource);
				assertThat(context.getBean(DataSource.class)).isNotSameAs(migrationDataSource);
				ready(context);
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("add_price");
				assertThat(tables(context)).doesNotContain("ITEMS");
			});
	}

	@Test
	void aMigratorOfTheApplicationReplacesTheAutoConfiguredOne() {
		this.runner.withBean("customMigrator", Migrator.class, () -> Migrator.builder().build()).run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class)
				.hasBean("customMigrator")
				.doesNotHaveBean(ApplicationReadyMigrationInitializer.class);
		});
	}

	@Test
	void theMigratedDataSourceIsSchemaManaged() {
		this.runner.run((context) -> {
			MigrationSchemaManagementProvider provider = context.getBean(MigrationSchemaManagementProvider.class);
			assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
				.isEqualTo(SchemaManagement.MANAGED);
			assertThat(provider.getSchemaManagement(DataSourceBuilder.create().url("jdbc:h2:mem:x").build()))
				.isEqualTo(SchemaManagement.UNMANAGED);
		});
	}

	// ---------------------------------------------------------------- properties

	@Test
	void defaultsAreTheEngines() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationAutoConfiguration.class))
			.run((context) -> {
				MigrationProperties properties = context.getBean(MigrationProperties.class);
				assertThat(properties.getLocations()).containsExactly("classpath:db/revisions");
				assertThat(properties.getOnStartup()).isEqualTo(MigrationProperties.OnStartup.UPGRADE);
				assertThat(properties.getStartupPhase()).isEqualTo(MigrationProperties.StartupPhase.APPLICATION_READY);
				assertThat(properties.getTarget()).isEqualTo("heads");
				assertThat(properties.isFailOnError()).isTrue();
				assertThat(properties.getEndpoint().isWriteOperationsEnabled()).isFalse();
				assertThat(context.getBean(Migrator.class).settings()).isEqualTo(MigrationSettings.defaults());
			});
	}

	@Test
	void everyPropertyReachesTheEngine() {
		this.runner
			.withPropertyValues("spring.application.name=orders",
					"migration.locations=classpath:revisions/basic,filesystem:/srv/revisions",
					"migration.version-table=orders_version", "migration.version-table-schema=audit",
					"migration.log-table=orders_log", "migration.transaction-mode=all",
					"migration.lock-wait-timeout=30s", "migration.lock-timeout=2s", "migration.statement-timeout=1m",
					"migration.checksum-policy=warn")
			.run((context) -> {
				MigrationSettings settings = context.getBean(Migrator.class).settings();
				assertThat(settings.locations()).containsExactly(Location.parse("classpath:revisions/basic"),
						Location.parse("filesystem:/srv/revisions"));
				assertThat(settings.versionTable()).isEqualTo("orders_version");
				assertThat(settings.versionTableSchema()).isEqualTo("audit");
				assertThat(settings.logTableName()).isEqualTo("orders_log");
				assertThat(settings.transactionMode()).isEqualTo(TransactionMode.ALL);
				assertThat(settings.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(settings.statementTimeout()).isEqualTo(Duration.ofMinutes(1));
				assertThat(settings.checksumPolicy()).isEqualTo(ChecksumPolicy.WARN);
				assertThat(settings.application()).isEqualTo("orders");
			});
	}

	@Test
	void enumPropertiesBindInAnySpelling() {
		this.runner
			.withPropertyValues("migration.transaction-mode=PER_REVISION", "migration.checksum-policy=Ignore",
					"migration.on-startup=NONE", "migration.startup-phase=CONTEXT_REFRESH")
			.run((context) -> {
				assertThat(context.getBean(Migrator.class).settings().transactionMode())
					.isEqualTo(TransactionMode.PER_REVISION);
				assertThat(context.getBean(Migrator.class).settings().checksumPolicy())
					.isEqualTo(ChecksumPolicy.IGNORE);
				assertThat(context.getBean(MigrationProperties.class).getOnStartup())
					.isEqualTo(MigrationProperties.OnStartup.NONE);
				assertThat(context).hasSingleBean(MigrationInitializer.class);
			});
	}

	@Test
	void aLocationWithAnUnknownPrefixFailsStartUpNamingIt() {
		this.runner.withPropertyValues("migration.locations=s3:bucket/revisions")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MigrationException.class)
				.hasMessageContaining("Unknown location prefix 's3:'"));
	}

	@Test
	void vendorInALocationIsTheDatabasesVendor() {
		this.runner.withPropertyValues("migration.locations=classpath:revisions/{vendor}").run((context) -> {
			assertThat(context.getBean(Migrator.class).settings().locations())
				.containsExactly(Location.parse("classpath:revisions/h2"));
			ready(context);
			assertThat(tables(context)).contains("H2_ONLY");
		});
	}

	@Test
	void targetStopsTheStartUpUpgrade() {
		this.runner.withPropertyValues("migration.target=create_items").run((context) -> {
			ready(context);
			assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("create_items");
		});
	}

	@Test
	void onStartupNoneLeavesTheDatabaseAlone() {
		this.runner.withPropertyValues("migration.on-startup=none").run((context) -> {
			ready(context);
			assertThat(tables(context)).doesNotContain("ITEMS", "ALEMBIC_VERSION");
			assertThat(context.getBean(Migrator.class).status().pending()).hasSize(2);
		});
	}

	@Test
	void onStartupValidateFailsWhenRevisionsArePending() {
		this.runner.withPropertyValues("migration.on-startup=validate").run((context) -> {
			assertThatExceptionOfType(MigrationValidationException.class).isThrownBy(() -> ready(context))
				.withMessage("The database does not match the revisions (migration.on-startup=validate):\n"
						+ "  - 2 revisions are pending: create_items, add_price; the database is at base and the "
						+ "heads are add_price");
			assertThat(tables(context)).doesNotContain("ITEMS");
		});
	}

	@Test
	void onStartupValidatePassesAtTheHeads() {
		this.runner.withPropertyValues("migration.on-startup=validate").run((context) -> {
			context.getBean(Migrator.class).upgrade("heads");
			ready(context);
			assertThat(context.getBean(MigrationOutcomes.class).lastFailure()).isNull();
		});
	}

	@Test
	void onStartupValidateLintsTheRevisionsWhenAsked() {
		this.runner.withPropertyValues("migration.on-startup=validate", "migration.locations=classpath:revisions/lint")
			.run((context) -> {
				context.getBean(Migrator.class).upgrade("heads");
				ready(context);
				assertThat(context.getBean(MigrationOutcomes.class).lastFailure()).isNull();
			});
		this.runner
			.withPropertyValues("migration.on-startup=validate", "migration.locations=classpath:revisions/lint",
					"migration.lint-on-validate=true")
			.run((context) -> {
				context.getBean(Migrator.class).upgrade("heads");
				assertThatExceptionOfType(MigrationValidationException.class).isThrownBy(() -> ready(context))
					.withMessageStartingWith("The database does not match the revisions (migration.on-startup=validate):")
					.withMessageContaining("20250101_0900_create_notes.sql: error [no-downgrade] Revision 'create_notes'");
			});
	}

	@Test
	void contextRefreshPhaseMigratesBeforeTheBeansThatUseTheDatabase() {
		this.runner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
			.withUserConfiguration(ItemCountConfiguration.class)
			.withPropertyValues("migration.startup-phase=context-refresh")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(MigrationInitializer.class)
					.doesNotHaveBean(ApplicationReadyMigrationInitializer.class);
				assertThat(context.getBean(ItemCount.class).countAtStartUp).isZero();
				assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
					.contains("migrationInitializer");
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("add_price");
			});
	}

	@Test
	void applicationReadyPhaseLeavesTheBeansThatUseTheDatabaseAlone() {
		this.runner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class)).run((context) -> {
			String[] dependsOn = context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn();
			assertThat((dependsOn != null) ? List.of(dependsOn) : List.of()).doesNotContain("migrator",
					"applicationReadyMigrationInitializer");
		});
	}

	@Test
	void aFailedStartUpUpgradeFailsTheContextRefresh() {
		this.runner.withPropertyValues("migration.locations=classpath:revisions/basic,classpath:revisions/broken",
				"migration.startup-phase=context-refresh")
			.run((context) -> assertThat(context).getFailure()
				.hasCauseInstanceOf(MigrationFailedException.class)
				.cause()
				.hasMessageContaining("upgrade broken failed (classpath:revisions/broken/20250103_0900_broken.sql:6)"));
	}

	@Test
	void withFailOnErrorFalseAFailedUpgradeIsRecordedAndStartUpGoesOn() {
		this.runner
			.withPropertyValues("migration.locations=classpath:revisions/basic,classpath:revisions/broken",
					"migration.fail-on-error=false")
			.run((context) -> {
				ready(context);
				MigrationOutcomes.Failure failure = context.getBean(MigrationOutcomes.class).lastFailure();
				assertThat(failure).isNotNull();
				assertThat(failure.action()).isEqualTo("upgrade heads");
				assertThat(failure.exception()).isInstanceOf(MigrationFailedException.class);
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("add_price");
			});
	}

	@Test
	void onlyTheReadyEventOfItsOwnContextTriggersTheUpgrade() {
		this.runner.run((parent) -> new ApplicationContextRunner().withParent(parent).run((child) -> {
			ready(child);
			assertThat(tables(parent)).doesNotContain("ITEMS");
			ready(parent);
			assertThat(tables(parent)).contains("ITEMS");
		}));
	}

	// ---------------------------------------------------------------- extension points

	@Test
	void javaRevisionBeansJoinTheRevisionFiles() {
		this.runner.withBean(SeedItems.class).run((context) -> {
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(migrator.graph().revisions()).extracting(Revision::id)
				.containsExactly("create_items", "add_price", "seed_items");
			ready(context);
			assertThat(migrator.currentRows()).containsExactly("seed_items");
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("SELECT name FROM items WHERE id = 1", String.class)).isEqualTo("first");
		});
	}

	@Test
	void listenerBeansHearTheMigratorInOrder() {
		this.runner.withUserConfiguration(ListenerConfiguration.class).run((context) -> {
				ready(context);
				assertThat(context.getBean(Heard.class).lines).containsExactly("first upgrade create_items", "second upgrade create_items",
						"first upgrade add_price", "second upgrade add_price", "first finished upgrade",
						"second finished upgrade");
			});
	}

	@Test
	void customizersHaveTheLastWordInOrder() {
		this.runner.withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues("migration.version-table=from_property")
			.run((context) -> assertThat(context.getBean(Migrator.class).settings().versionTable())
				.isEqualTo("from_second_customizer"));
	}

	@Test
	void aStrategyReplacesTheStartUpAction() {
		this.runner.withPropertyValues("migration.on-startup=validate")
			.withBean(MigrationStrategy.class, () -> (migrator) -> migrator.upgrade("create_items"))
			.run((context) -> {
				ready(context);
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("create_items");
			});
	}

	@Test
	void aStrategyThatThrowsFailsStartUp() {
		this.runner.withBean(MigrationStrategy.class, () -> (migrator) -> {
			throw new MigrationException("not today");
		}).run((context) -> assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> ready(context))
			.withMessage("not today"));
	}

	static void ready(ConfigurableApplicationContext context) {
		ConfigurableApplicationContext target = (context instanceof AssertableApplicationContext assertable)
				? assertable.getSourceApplicationContext() : context;
		target.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], target, Duration.ZERO));
	}

	static List<String> tables(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class))
			.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'", String.class)
			.stream()
			.map(String::toUpperCase)
			.toList();
	}

	@RevisionInfo(id = "seed_items", downRevision = "add_price", message = "Seed the first item")
	static class SeedItems implements JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.execute("INSERT INTO items (id, name, price) VALUES (1, 'first', 10)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DELETE FROM items WHERE id = 1");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MigrationDataSourceConfiguration {

		@Bean(defaultCandidate = false)
		@MigrationDataSource
		DataSource migrationDataSource() {
			return DataSourceBuilder.create().url("jdbc:h2:mem:migration_data_source;DB_CLOSE_DELAY=-1").build();
		}

	}

	static class ItemCount {

		final int countAtStartUp;

		ItemCount(JdbcTemplate jdbc) {
			this.countAtStartUp = jdbc.queryForObject("SELECT COUNT(*) FROM items", Integer.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ItemCountConfiguration {

		@Bean
		@DependsOnDatabaseInitialization
		ItemCount itemCount(JdbcTemplate jdbc) {
			return new ItemCount(jdbc);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		@Bean
		Heard heard() {
			return new Heard();
		}

		@Bean
		@Order(2)
		MigrationListener second(Heard heard) {
			return recording("second", heard.lines);
		}

		@Bean
		@Order(1)
		MigrationListener first(Heard heard) {
			return recording("first", heard.lines);
		}

		private static MigrationListener recording(String name, List<String> heard) {
			return new MigrationListener() {

				@Override
				public void afterStep(dev.migration.revision.Step step, Duration duration) {
					heard.add(name + " upgrade " + step.revision().id());
				}

				@Override
				public void commandFinished(MigrationResult result) {
					heard.add(name + " finished " + result.command());
				}

			};
		}

	}

	static class Heard {

		final List<String> lines = new ArrayList<>();

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		MigratorCustomizer second() {
			return (builder) -> {
				assertThat(builder.settings().versionTable()).isEqualTo("from_first_customizer");
				builder.settings(builder.settings().withVersionTable("from_second_customizer", null));
			};
		}

		@Bean
		@Order(1)
		MigratorCustomizer first() {
			return (builder) -> {
				assertThat(builder.settings().versionTable()).isEqualTo("from_property");
				builder.settings(builder.settings().withVersionTable("from_first_customizer", null));
			};
		}

	}

}
