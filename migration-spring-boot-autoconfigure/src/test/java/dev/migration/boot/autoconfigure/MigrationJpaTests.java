package dev.migration.boot.autoconfigure;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static dev.migration.boot.autoconfigure.MigrationAutoConfigurationTests.ready;
import static dev.migration.boot.autoconfigure.MigrationAutoConfigurationTests.tables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter with JPA (Hibernate) on an embedded H2 database: the schema is the migrations'
 * business, and {@code ddl-auto=validate} needs the start-up upgrade to run during refresh.
 */
class MigrationJpaTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrationAutoConfiguration.class))
		.withUserConfiguration(Entities.class)
		.withPropertyValues("migration.locations=classpath:revisions/basic");

	@Test
	void validatingEntitiesWorksWhenTheUpgradeRunsDuringRefresh() {
		this.runner
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "migration.startup-phase=context-refresh")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
				assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
					.contains("migrationInitializer");
				assertThat(tables(context)).contains("ITEMS");
			});
	}

	@Test
	void validatingEntitiesFailsWhenTheUpgradeWaitsForTheReadyEvent() {
		this.runner.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Schema validation: missing table [items]"));
	}

	@Test
	void hibernateLeavesAnEmbeddedDatabaseToTheMigrations() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(tables(context)).doesNotContain("ITEMS");
			ready(context);
			assertThat(tables(context)).contains("ITEMS");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Item.class)
	static class Entities {

	}

	@Entity
	@Table(name = "items")
	static class Item {

		@Id
		Integer id;

		String name;

		Integer price;

	}

}
