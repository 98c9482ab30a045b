package dev.migration.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts database servers with Testcontainers. Only {@link ServerDiscovery} calls it, at most
 * once per kind and JVM, and only when no other server was found; the container then serves every
 * test class of the JVM and is stopped when the JVM exits. No other class refers to Testcontainers,
 * so that it is loaded only here.
 */
final class Containers {

	static final String POSTGRES_IMAGE = "postgres:17-alpine";

	static final String MARIADB_IMAGE = "mariadb:11.4";

	private Containers() {
	}

	static ServerAddress start(DatabaseKind kind) throws Exception {
		if (!dockerMayBeThere()) {
			throw new IllegalStateException("no Docker engine found (DOCKER_HOST is not set, and there is no Docker "
					+ "socket or Testcontainers configuration)");
		}
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException("Testcontainers found no working Docker engine");
		}
		JdbcDatabaseContainer<?> container = switch (kind) {
			case POSTGRESQL -> new PostgreSQLContainer(POSTGRES_IMAGE);
			case MARIADB -> new MariaDBContainer(MARIADB_IMAGE).withUsername("root");
			case H2 -> throw new IllegalArgumentException("H2 needs no container");
		};
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop " + kind + " test container"));
		return new ServerAddress(kind, container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"a Testcontainers container from " + container.getDockerImageName());
	}

	/**
	 * Whether a Docker engine may be reachable, judged quickly from the environment and a few
	 * files, so that Testcontainers is not woken (and does not log its long search) when there is
	 * plainly no Docker. Errs towards yes.
	 */
	static boolean dockerMayBeThere() {
		if (System.getProperty("os.name", "").startsWith("Windows")) {
			return true;
		}
		if (Stream.of("DOCKER_HOST", "TESTCONTAINERS_HOST_OVERRIDE", "TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE")
				.anyMatch(name -> System.getenv(name) != null)) {
			return true;
		}
		Path home = Path.of(System.getProperty("user.home", "/"));
		String runtime = System.getenv("XDG_RUNTIME_DIR");
		Stream<Path> hints = Stream.of(Path.of("/var/run/docker.sock"), Path.of("/run/docker.sock"),
				home.resolve(".testcontainers.properties"), home.resolve(".docker/run/docker.sock"),
				home.resolve(".docker/desktop/docker.sock"), home.resolve(".colima"), home.resolve(".rd/docker.sock"),
				home.resolve(".orbstack"));
		if (runtime != null) {
			hints = Stream.concat(hints, Stream.of(Path.of(runtime, "docker.sock"), Path.of(runtime, ".docker/run/docker.sock")));
		}
		return hints.anyMatch(Files::exists);
	}

}
