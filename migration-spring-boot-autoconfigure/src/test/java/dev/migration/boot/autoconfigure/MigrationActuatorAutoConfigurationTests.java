package dev.migration.boot.autoconfigure;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migration.Migrator;
import dev.migration.RevisionState;
import dev.migration.boot.actuate.endpoint.MigrationsEndpoint;
import dev.migration.boot.actuate.endpoint.MigrationsEndpoint.ContextMigratorsDescriptor;
import dev.migration.boot.actuate.endpoint.MigrationsEndpoint.MigratorDescriptor;
import dev.migration.boot.actuate.endpoint.MigrationsEndpoint.RevisionDetailDescriptor;
import dev.migration.boot.actuate.endpoint.WritableMigrationsEndpoint;
import dev.migration.boot.actuate.endpoint.WritableMigrationsEndpoint.CommandDescriptor;
import dev.migration.boot.health.MigrationHealthIndicator;
import dev.migration.boot.metrics.MigrationMetrics;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

import static dev.migration.boot.autoconfigure.MigrationAutoConfigurationTests.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationEndpointAutoConfiguration}, {@link MigrationHealthContributorAutoConfiguration}
 * and {@link MigrationMetricsAutoConfiguration}, over an embedded H2 database per context.
 */
class MigrationActuatorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationAutoConfiguration.class,
				MigrationEndpointAutoConfiguration.class, MigrationHealthContributorAutoConfiguration.class))
		.withPropertyValues("migration.locations=classpath:revisions/basic",
				"management.endpoints.web.exposure.include=migrations");

	// ---------------------------------------------------------------- endpoint

	@Test
	void endpointIsReadOnlyByDefault() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
			.doesNotHaveBean(WritableMigrationsEndpoint.class));
	}

	@Test
	void endpointNeedsExposure() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointFollowsActuatorAccess() {
		this.runner.withPropertyValues("management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenMigrationIsDisabled() {
		this.runner.withPropertyValues("migration.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(MigrationsEndpoint.class)
				.doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void writeOperationsNeedTheirProperty() {
		this.runner.withPropertyValues("migration.endpoint.write-operations-enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
				.hasSingleBean(WritableMigrationsEndpoint.class));
	}

	@Test
	void endpointReportsEveryRevisionAndWhatIsPending() {
		this.runner.withPropertyValues("migration.target=create_items").run((context) -> {
			ready(context);
			MigratorDescriptor migrator = context.getBean(MigrationsEndpoint.class)
				.migrations()
				.getContexts()
				.get(context.getId())
				.getMigrators()
				.get("migrator");
			assertThat(migrator.getCurrent()).containsExactly("create_items");
			assertThat(migrator.getHeads()).containsExactly("add_price");
			assertThat(migrator.getPending()).singleElement().satisfies((pending) -> {
				assertThat(pending.getRevision()).isEqualTo("add_price");
				assertThat(pending.getDownRevisions()).containsExactly("create_items");
				assertThat(pending.getMessage()).isEqualTo("Add a price to items");
				assertThat(pending.getState()).isEqualTo(RevisionState.PENDING);
			});
			assertThat(migrator.getHistory()).extracting("revision", "state", "source")
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("add_price", RevisionState.PENDING,
								"classpath:revisions/basic/20250102_0900_add_price.sql"),
						org.assertj.core.groups.Tuple.tuple("create_items", RevisionState.APPLIED,
								"classpath:revisions/basic/20250101_0900_create_items.sql"));
			assertThat(migrator.getHistory().get(1).getAppliedAt()).isNotNull();
			assertThat(migrator.getHistory().get(1).getExecutionTimeMs()).isNotNull();
			assertThat(migrator.getHistory().get(1).getChecksum()).hasSize(64);
			assertThat(migrator.getHistory().get(0).getAppliedAt()).isNull();
		});
	}

	@Test
	void endpointWalksUpToTheParentContext() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:parent_context;DB_CLOSE_DELAY=-1");
		try (AnnotationConfigApplicationContext parent = new AnnotationConfigApplicationContext();
				AnnotationConfigApplicationContext child = new AnnotationConfigApplicationContext()) {
			parent.setId("parent");
			parent.registerBean("parentMigrator", Migrator.class, () -> Migrator.builder()
				.dataSource(dataSource)
				.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse("classpath:revisions/basic"))))
				.build());
			parent.refresh();
			child.setId("child");
			child.setParent(parent);
			child.refresh();
			Map<String, ContextMigratorsDescriptor> contexts = new MigrationsEndpoint(child).migrations().getContexts();
			assertThat(contexts).containsOnlyKeys("child", "parent");
			assertThat(contexts.get("child").getMigrators()).isEmpty();
			assertThat(contexts.get("child").getParentId()).isEqualTo("parent");
			assertThat(contexts.get("parent").getMigrators()).containsOnlyKeys("parentMigrator");
			assertThat(contexts.get("parent").getMigrators().get("parentMigrator").getPending()).hasSize(2);
			assertThat(contexts.get("parent").getParentId()).isNull();
		}
	}

	@Test
	void revisionSelectorShowsOneRevision() {
		this.runner.run((context) -> {
			ready(context);
			MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
			RevisionDetailDescriptor revision = endpoint.revision("create");
			assertThat(revision.getRevision()).isEqualTo("create_items");
			assertThat(revision.getMigrator()).isEqualTo("migrator");
			assertThat(revision.getNextRevisions()).containsExactly("add_price");
			assertThat(revision.getCreateDate()).isEqualTo("2025-01-01 09:00:00");
			assertThat(revision.isBase()).isTrue();
			assertThat(revision.isHead()).isFalse();
			assertThat(revision.getState()).isEqualTo(RevisionState.APPLIED);
			assertThat(revision.getAppliedChecksum()).isEqualTo(revision.getChecksum());
			assertThat(endpoint.revision("head").getRevision()).isEqualTo("add_price");
			assertThat(endpoint.revision("head").isHead()).isTrue();
			assertThat(endpoint.revision("nothing_like_it")).isNull();
		});
	}

	@Test
	void revisionSelectorRefusesAnAmbiguousPrefix() {
		this.runner.withPropertyValues("migration.locations=classpath:revisions/basic,classpath:revisions/h2")
			.run((context) -> assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> context.getBean(MigrationsEndpoint.class).revision("head"))
				.withMessageContaining("Multiple head revisions are present"));
	}

	@Test
	void writeOperationRunsCommands() {
		this.runner.withPropertyValues("migration.endpoint.write-operations-enabled=true", "migration.on-startup=none")
			.run((context) -> {
				WritableMigrationsEndpoint endpoint = context.getBean(WritableMigrationsEndpoint.class);
				CommandDescriptor upgrade = endpoint.run("upgrade", null, null, null);
				assertThat(upgrade.getToHeads()).containsExactly("add_price");
				assertThat(upgrade.getSteps()).extracting("description")
					.containsExactly("upgrade  -> create_items, Create the items table",
							"upgrade create_items -> add_price, Add a price to items");
				CommandDescriptor downgrade = endpoint.run("downgrade", "-1", null, null);
				assertThat(downgrade.getFromHeads()).containsExactly("add_price");
				assertThat(downgrade.getToHeads()).containsExactly("create_items");
				CommandDescriptor stamp = endpoint.run("stamp", "add_price", true, "migrator");
				assertThat(stamp.getToHeads()).containsExactly("add_price");
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("add_price");
			});
	}

	@Test
	void writeOperationRefusesBadRequests() {
		this.runner.withPropertyValues("migration.endpoint.write-operations-enabled=true", "migration.on-startup=none")
			.run((context) -> {
				WritableMigrationsEndpoint endpoint = context.getBean(WritableMigrationsEndpoint.class);
				assertThatExceptionOfType(InvalidEndpointRequestException.class)
					.isThrownBy(() -> endpoint.run("drop", null, null, null))
					.withMessage("Unknown command 'drop': use upgrade, downgrade or stamp");
				assertThatExceptionOfType(InvalidEndpointRequestException.class)
					.isThrownBy(() -> endpoint.run("downgrade", null, null, null))
					.withMessage("downgrade needs a target");
				assertThatExceptionOfType(InvalidEndpointRequestException.class)
					.isThrownBy(() -> endpoint.run("upgrade", "nope", null, null))
					.withMessageContaining("Can't locate revision identified by 'nope'");
				assertThatExceptionOfType(InvalidEndpointRequestException.class)
					.isThrownBy(() -> endpoint.run("upgrade", null, null, "other"))
					.withMessage("No migrator named 'other'; the migrators are [migrator]");
			});
	}

	// ---------------------------------------------------------------- health

	@Test
	void healthIsUpAtTheHeads() {
		this.runner.run((context) -> {
			ready(context);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("current", List.of("add_price"))
				.containsEntry("heads", List.of("add_price"))
				.containsEntry("pending", List.of())
				.doesNotContainKeys("failure", "changed", "missing");
		});
	}

	@Test
	void healthShowsPendingRevisions() {
		this.runner.withPropertyValues("migration.on-startup=none").run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("pending", List.of("create_items", "add_price"))
				.containsEntry("current", List.of());
		});
	}

	@Test
	void healthIsDownWhenTheStartUpUpgradeFailed() {
		this.runner
			.withPropertyValues("migration.locations=classpath:revisions/basic,classpath:revisions/broken",
					"migration.fail-on-error=false")
			.run((context) -> {
				ready(context);
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("current", List.of("add_price"))
					.containsEntry("pending", List.of("broken"));
				assertThat(health.getDetails().get("failure")).asInstanceOf(
						org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
					.containsEntry("action", "upgrade heads")
					.containsEntry("revision", "broken")
					.containsEntry("source", "classpath:revisions/broken/20250103_0900_broken.sql:6")
					.containsEntry("statement", "INSERT INTO no_such_table (id) VALUES (1)")
					.containsEntry("versionTable", List.of("add_price"))
					.containsKeys("at", "error", "sqlState");
			});
	}

	@Test
	void healthIsDownWhenAnAppliedRevisionChanged() {
		this.runner.run((context) -> {
			ready(context);
			new JdbcTemplate(context.getBean(DataSource.class))
				.update("UPDATE alembic_version_log SET checksum = 'feedface' WHERE revision = 'create_items'");
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("changed", List.of("create_items"));
		});
	}

	@Test
	void aChangedRevisionIsOnlyReportedWhenTheChecksumPolicyWarns() {
		this.runner.withPropertyValues("migration.checksum-policy=warn").run((context) -> {
			ready(context);
			new JdbcTemplate(context.getBean(DataSource.class))
				.update("UPDATE alembic_version_log SET checksum = 'feedface' WHERE revision = 'create_items'");
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("changed", List.of("create_items"));
		});
	}

	@Test
	void healthIndicatorCanBeDisabled() {
		this.runner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void severalMigratorsMakeACompositeContributor() {
		this.runner
			.withBean("first", Migrator.class,
					() -> Migrator.builder().dataSource(org.springframework.boot.jdbc.DataSourceBuilder.create()
						.url("jdbc:h2:mem:first")
						.build()).build())
			.withBean("second", Migrator.class, () -> Migrator.builder().build())
			.run((context) -> {
				HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
				assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
				assertThat(((CompositeHealthContributor) contributor).getContributor("first"))
					.isInstanceOf(MigrationHealthIndicator.class);
				assertThat(((CompositeHealthContributor) contributor).getContributor("second"))
					.isInstanceOf(MigrationHealthIndicator.class);
			});
	}

	private static Health health(org.springframework.context.ApplicationContext context) {
		return ((HealthIndicator) context.getBean("migrationsHealthContributor")).health(true);
	}

	// ---------------------------------------------------------------- metrics

	@Test
	void metricsTimeCommandsAndRevisionsAndCountPending() {
		this.runner
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					MigrationMetricsAutoConfiguration.class))
			.withPropertyValues("migration.locations=classpath:revisions/basic,classpath:revisions/broken",
					"migration.fail-on-error=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrationMetrics.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("migration.pending").tag("migrator", "migrator").gauge().value()).isEqualTo(3);
				ready(context);
				Timer created = registry.get("migration.revision")
					.tags("revision", "create_items", "direction", "upgrade", "outcome", "success")
					.timer();
				assertThat(created.count()).isOne();
				assertThat(registry.get("migration.revision")
					.tags("revision", "broken", "direction", "upgrade", "outcome", "failure")
					.timer()
					.count()).isOne();
				assertThat(registry.get("migration.command")
					.tags("command", "upgrade", "outcome", "failure", "exception", "MigrationFailedException")
					.timer()
					.count()).isOne();
				assertThat(registry.get("migration.pending").gauge().value()).isEqualTo(1);
				context.getBean(Migrator.class).downgrade("create_items");
				assertThat(registry.get("migration.command")
					.tags("command", "downgrade", "outcome", "success")
					.timer()
					.count()).isOne();
				assertThat(registry.get("migration.pending").gauge().value()).isEqualTo(2);
			});
	}

	@Test
	void metricsNeedAMeterRegistry() {
		this.runner.withConfiguration(AutoConfigurations.of(MigrationMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationMetrics.class));
	}

}
