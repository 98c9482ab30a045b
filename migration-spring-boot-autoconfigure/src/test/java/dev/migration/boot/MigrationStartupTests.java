package dev.migration.boot;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migration.Migrator;
import dev.migration.boot.autoconfigure.MigrationValidationException;
import dev.migration.revision.Step;
import dev.migration.runtime.MigrationFailedException;
import dev.migration.runtime.MigrationListener;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Applications with the starter starting up against PostgreSQL: when the upgrade runs against
 * readiness, what a failure does to start-up, validation, concurrent start-ups, and a disabled
 * starter.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
@ExtendWith(OutputCaptureExtension.class)
class MigrationStartupTests {

	static TestDatabase db;

	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		this.jdbc = new JdbcTemplate(db.dataSource());
		this.jdbc.execute("DROP SCHEMA public CASCADE");
		this.jdbc.execute("CREATE SCHEMA public");
	}

	@Test
	void theUpgradeFinishesBeforeTheApplicationAcceptsTraffic() {
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
		MigrationListener steps = new MigrationListener() {

			@Override
			public void afterStep(Step step, Duration duration) {
				events.add("revision " + step.revision().id() + " while readiness is "
						+ context.get().getBean(ApplicationAvailability.class).getReadinessState());
			}

		};
		ApplicationListener<AvailabilityChangeEvent<?>> availability = (event) -> events
			.add("readiness " + event.getState());
		ApplicationListener<ApplicationReadyEvent> ready = (event) -> events.add("application ready event");
		try (ConfigurableApplicationContext started = application("classpath:db/revisions").listeners(availability, ready)
			.initializers((initializing) -> {
				context.set(initializing);
				initializing.getBeanFactory().registerSingleton("recordingListener", steps);
			})
			.run()) {
			assertThat(events).containsExactly("readiness CORRECT",
					"revision a1 while readiness is REFUSING_TRAFFIC",
					"revision b2 while readiness is REFUSING_TRAFFIC", "application ready event",
					"readiness ACCEPTING_TRAFFIC");
		}
	}

	@Test
	void aFailedUpgradeStopsTheApplicationWithTheEnginesReport(CapturedOutput output) {
		List<Object> readiness = Collections.synchronizedList(new ArrayList<>());
		SpringApplicationBuilder application = application("classpath:revisions/basic,classpath:revisions/broken")
			.listeners((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> readiness.add(event.getState()));
		AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
		application.initializers(context::set);
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(application::run)
			.withMessageContaining("upgrade broken failed (classpath:revisions/broken/20250103_0900_broken.sql:6)");
		assertThat(context.get().isActive()).as("the context is closed").isFalse();
		assertThat(readiness).doesNotContain(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The database migration failed:")
			.contains("relation \"no_such_table\" does not exist")
			.contains("Fix revision broken (classpath:revisions/broken/20250103_0900_broken.sql:6) and start the "
					+ "application again; the version table says where the database stands: add_price.");
		assertThat(versionTable()).containsExactly("add_price");
	}

	@Test
	void aFailedUpgradeExitsTheJvmWithANonZeroStatus() throws Exception {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process process = new ProcessBuilder(
				ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"),
				"-cp", classPath, StartupApplication.class.getName(),
				"--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(),
				"--migration.locations=classpath:revisions/basic,classpath:revisions/broken")
			.redirectErrorStream(true)
			.redirectOutput(new File("target/failing-application.log"))
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String log = java.nio.file.Files.readString(new File("target/failing-application.log").toPath(),
				StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(log).isEqualTo(1);
		assertThat(log).contains("APPLICATION FAILED TO START").contains("Fix revision broken");
	}

	@Test
	void validateFailsStartUpWhenARevisionIsPending(CapturedOutput output) {
		application("classpath:db/revisions").properties("migration.target=a1").run().close();
		assertThatExceptionOfType(MigrationValidationException.class)
			.isThrownBy(() -> application("classpath:db/revisions").properties("migration.on-startup=validate").run())
			.withMessage("The database does not match the revisions (migration.on-startup=validate):\n"
					+ "  - 1 revision is pending: b2; the database is at a1 and the heads are b2");
		assertThat(versionTable()).containsExactly("a1");
		assertThat(output).contains("Upgrade the database to the heads before this application starts");
		try (ConfigurableApplicationContext context = application("classpath:db/revisions").run()) {
			assertThat(versionTable()).containsExactly("b2");
		}
		try (ConfigurableApplicationContext context = application("classpath:db/revisions")
			.properties("migration.on-startup=validate")
			.run()) {
			assertThat(context.isActive()).isTrue();
			assertThat(output).contains("Validated the database: it is at the heads (b2)");
		}
	}

	@Test
	void disabledLeavesTheDatabaseUntouched() {
		try (ConfigurableApplicationContext context = application("classpath:db/revisions")
			.properties("migration.enabled=false")
			.run()) {
			assertThat(context.getBeansOfType(Migrator.class)).isEmpty();
			assertThat(tables()).isEmpty();
		}
	}

	@Test
	void twoApplicationsStartingTogetherUpgradeOnce(CapturedOutput output) throws Exception {
		// Spring Boot's logging system is set up once per JVM, not by two applications at once.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String name = "instance-" + i;
			starting.add(CompletableFuture.supplyAsync(() -> application("classpath:revisions/slow")
				.properties("spring.application.name=" + name)
				.listeners((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
					if (event.getState() == LivenessState.CORRECT) {
						await(together);
					}
				})
				.run()));
		}
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			for (CompletableFuture<ConfigurableApplicationContext> future : starting) {
				contexts.add(future.get(2, TimeUnit.MINUTES));
			}
			for (ConfigurableApplicationContext context : contexts) {
				assertThat(context.getBean(Migrator.class).currentRows()).containsExactly("slow");
			}
			assertThat(this.jdbc.queryForList("SELECT application FROM alembic_version_log WHERE revision = 'slow' "
					+ "AND direction = 'upgrade' AND success", String.class))
				.singleElement()
				.isIn("instance-0", "instance-1");
			assertThat(output).contains("for the migration lock held by")
				.contains("Nothing to upgrade: the database is at slow");
		}
		finally {
			contexts.forEach(ConfigurableApplicationContext::close);
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SpringApplicationBuilder application(String locations) {
		return new SpringApplicationBuilder(StartupApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
					"spring.datasource.password=" + db.password(), "migration.locations=" + locations,
					"spring.main.banner-mode=off");
	}

	private List<String> versionTable() {
		return this.jdbc.queryForList("SELECT version_num FROM alembic_version", String.class);
	}

	private List<String> tables() {
		return this.jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
				String.class);
	}

	/**
	 * An application with the starter and nothing else; run as a separate JVM too.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	public static class StartupApplication {

		public static void main(String[] args) {
			new SpringApplicationBuilder(StartupApplication.class).web(WebApplicationType.NONE).run(args);
		}

	}

}
