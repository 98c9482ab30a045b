package dev.migration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.TestAbortedException;

/**
 * The discovery of servers, with the environment, the local servers and Testcontainers replaced.
 */
class ServerDiscoveryTests {

	private final AtomicInteger containerStarts = new AtomicInteger();

	/** An environment made of the given names and values. */
	static Map<String, String> env(String... namesAndValues) {
		Map<String, String> env = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			env.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return env;
	}

	/** A discovery with no local servers (port 1 refuses connections) and no Docker. */
	static ServerDiscovery nowhere(Map<String, String> env) {
		return new ServerDiscovery(env::get, ServerDiscoveryTests::unreachable, (kind) -> {
			throw new IllegalStateException("no Docker engine found (stub)");
		});
	}

	static ServerAddress unreachable(DatabaseKind kind) {
		ServerAddress local = ServerDiscovery.localServer(kind);
		String url = local.url().replace(":5432/", ":1/").replace(":3306/", ":1/");
		return new ServerAddress(kind, url, local.user(), "", "the local server at 127.0.0.1:1");
	}

	private ServerDiscovery counting(Map<String, String> env, Function<DatabaseKind, ServerAddress> local) {
		return new ServerDiscovery(env::get, local, (kind) -> {
			this.containerStarts.incrementAndGet();
			throw new IllegalStateException("no Docker engine found (stub)");
		});
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void withNoServerTheMessageNamesTheThreeWaysToProvideOne(DatabaseKind kind) {
		String prefix = (kind == DatabaseKind.POSTGRESQL) ? "MIGRATION_TEST_POSTGRES" : "MIGRATION_TEST_MARIADB";
		ServerDiscovery discovery = nowhere(env());
		assertThatExceptionOfType(NoDatabaseServerException.class).isThrownBy(() -> discovery.require(kind))
			.withMessageStartingWith("No " + kind + " server found for the tests.")
			.withMessageContaining(prefix + "_URL")
			.withMessageContaining(prefix + "_USER")
			.withMessageContaining(prefix + "_PASSWORD")
			.withMessageContaining("the local server at 127.0.0.1:1 as user " + ServerDiscovery.localServer(kind).user())
			.withMessageContaining("Testcontainers")
			.withMessageContaining("Docker")
			.withMessageContaining("no Docker engine found (stub)")
			.withMessageContaining("MIGRATION_TEST_SKIP_MISSING_DATABASES=true");
	}

	@Test
	void theSkipSwitchTurnsTheFailureIntoASkipWithTheSameMessage() {
		ServerDiscovery failing = nowhere(env());
		ServerDiscovery skipping = nowhere(env("MIGRATION_TEST_SKIP_MISSING_DATABASES", "true"));
		String failure = catchMessage(failing, NoDatabaseServerException.class);
		assertThat(catchMessage(skipping, TestAbortedException.class)).isEqualTo(failure);
	}

	@Test
	void theSkipSwitchIsOnlyOnWhenTrue() {
		catchMessage(nowhere(env("MIGRATION_TEST_SKIP_MISSING_DATABASES", "false")), NoDatabaseServerException.class);
		catchMessage(nowhere(env("MIGRATION_TEST_SKIP_MISSING_DATABASES", "")), NoDatabaseServerException.class);
	}

	@Test
	void theSkipSwitchDoesNotHideAMissingH2() {
		ServerDiscovery discovery = new ServerDiscovery(env("MIGRATION_TEST_SKIP_MISSING_DATABASES", "true")::get,
				ServerDiscovery::localServer, (kind) -> {
					throw new AssertionError("no container for H2");
				});
		assertThat(discovery.require(DatabaseKind.H2).kind()).isEqualTo(DatabaseKind.H2);
	}

	@Test
	void aUrlFromTheEnvironmentComesFirst() {
		ServerAddress real = ServerDiscovery.system().require(DatabaseKind.POSTGRESQL);
		ServerDiscovery discovery = counting(env("MIGRATION_TEST_POSTGRES_URL", real.url(), "MIGRATION_TEST_POSTGRES_USER",
				real.user(), "MIGRATION_TEST_POSTGRES_PASSWORD", real.password()), ServerDiscoveryTests::unreachable);
		ServerAddress found = discovery.require(DatabaseKind.POSTGRESQL);
		assertThat(found.url()).isEqualTo(real.url());
		assertThat(found.origin()).isEqualTo("MIGRATION_TEST_POSTGRES_URL");
		assertThat(this.containerStarts).hasValue(0);
	}

	@Test
	void theUserDefaultsToTheUsualAdministratorAndThePasswordToNone() {
		ServerAddress real = ServerDiscovery.system().require(DatabaseKind.MARIADB);
		ServerDiscovery discovery = counting(env("MIGRATION_TEST_MARIADB_URL", real.url()), ServerDiscoveryTests::unreachable);
		ServerAddress found = discovery.require(DatabaseKind.MARIADB);
		assertThat(found.origin()).isEqualTo("MIGRATION_TEST_MARIADB_URL");
		assertThat(found.user()).isEqualTo("root");
		assertThat(found.password()).isEmpty();
	}

	@Test
	void aBrokenUrlInTheEnvironmentIsReportedNotPassedOver() {
		ServerDiscovery discovery = counting(env("MIGRATION_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:1/postgres"),
				ServerDiscovery::localServer);
		assertThatExceptionOfType(NoDatabaseServerException.class)
			.isThrownBy(() -> discovery.require(DatabaseKind.POSTGRESQL))
			.withMessageContaining("set to jdbc:postgresql://127.0.0.1:1/postgres, but connecting as postgres failed")
			.withMessageContaining("not tried, since MIGRATION_TEST_POSTGRES_URL is set");
		assertThat(this.containerStarts).hasValue(0);
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void theLocalServerComesNext(DatabaseKind kind) {
		ServerDiscovery discovery = counting(env(), ServerDiscovery::localServer);
		assertThat(discovery.require(kind)).isEqualTo(ServerDiscovery.localServer(kind));
		assertThat(this.containerStarts).hasValue(0);
	}

	@Test
	void theOutcomeIsRememberedForTheWholeRun() {
		ServerDiscovery discovery = counting(env(), ServerDiscoveryTests::unreachable);
		String first = catchMessage(discovery, NoDatabaseServerException.class);
		String second = catchMessage(discovery, NoDatabaseServerException.class);
		assertThat(second).isEqualTo(first);
		assertThat(this.containerStarts).hasValue(1);
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void aServerThatDoesNotAnswerIsGivenUpOnWithinSeconds(DatabaseKind kind) {
		// 10.255.255.1 is routed nowhere: connecting waits for the connect timeout, or fails at once.
		ServerDiscovery discovery = counting(env(), (k) -> new ServerAddress(k,
				ServerDiscovery.localServer(k).url().replace("127.0.0.1", "10.255.255.1"), "nobody", "", "nowhere"));
		long start = System.nanoTime();
		assertThatExceptionOfType(NoDatabaseServerException.class).isThrownBy(() -> discovery.require(kind));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
	}

	private static String catchMessage(ServerDiscovery discovery, Class<? extends Throwable> expected) {
		return assertThatExceptionOfType(expected).isThrownBy(() -> discovery.require(DatabaseKind.POSTGRESQL))
			.actual()
			.getMessage();
	}

}
