package dev.migration.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a server of each kind, once per JVM: from the environment, then on the local standard
 * port, then in a Testcontainers container.
 */
final class ServerDiscovery {

	static final String SKIP_VARIABLE = "MIGRATION_TEST_SKIP_MISSING_DATABASES";

	// A lambda, not Containers::start, so that Testcontainers is only loaded when it is needed.
	private static volatile ServerDiscovery system = new ServerDiscovery(System::getenv, ServerDiscovery::localServer,
			(kind) -> Containers.start(kind));

	/** Starts a container of a kind, or says why it cannot. */
	@FunctionalInterface
	interface ContainerStarter {

		ServerAddress start(DatabaseKind kind) throws Exception;

	}

	/** What looking for a server of one kind found: a server, or else why there is none. */
	record Lookup(@Nullable ServerAddress server, String problem) {
	}

	private final Function<String, @Nullable String> environment;

	private final Function<DatabaseKind, ServerAddress> localServers;

	private final ContainerStarter containers;

	private final Map<DatabaseKind, Lookup> lookups = new ConcurrentHashMap<>();

	ServerDiscovery(Function<String, @Nullable String> environment, Function<DatabaseKind, ServerAddress> localServers,
			ContainerStarter containers) {
		this.environment = environment;
		this.localServers = localServers;
		this.containers = containers;
	}

	/** The discovery that reads the real environment, shared by the whole JVM. */
	static ServerDiscovery system() {
		return system;
	}

	/** Replaces the shared discovery, for the tests of this module; returns the one replaced. */
	static ServerDiscovery replaceSystem(ServerDiscovery replacement) {
		ServerDiscovery replaced = system;
		system = replacement;
		return replaced;
	}

	/**
	 * The server for a kind, looked for on the first call and remembered.
	 * @throws NoDatabaseServerException if there is none
	 * @throws org.opentest4j.TestAbortedException if there is none and the skip switch is on
	 */
	ServerAddress require(DatabaseKind kind) {
		Lookup lookup = this.lookups.computeIfAbsent(kind, this::lookup);
		ServerAddress server = lookup.server();
		if (server != null) {
			return server;
		}
		if (skipsMissing(kind)) {
			Assumptions.abort(lookup.problem());
		}
		throw new NoDatabaseServerException(lookup.problem());
	}

	/** Why tests needing a kind are to be skipped: {@code null} unless there is no server and the switch is on. */
	@Nullable String skipReason(DatabaseKind kind) {
		Lookup lookup = this.lookups.computeIfAbsent(kind, this::lookup);
		return (lookup.server() == null && skipsMissing(kind)) ? lookup.problem() : null;
	}

	private boolean skipsMissing(DatabaseKind kind) {
		return kind != DatabaseKind.H2 && "true".equalsIgnoreCase(variable(SKIP_VARIABLE));
	}

	Lookup lookup(DatabaseKind kind) {
		if (kind == DatabaseKind.H2) {
			return lookupH2();
		}
		String prefix = (kind == DatabaseKind.POSTGRESQL) ? "MIGRATION_TEST_POSTGRES" : "MIGRATION_TEST_MARIADB";
		ServerAddress local = this.localServers.apply(kind);
		String url = variable(prefix + "_URL");
		String user = variable(prefix + "_USER");
		String password = variable(prefix + "_PASSWORD");
		String fromEnvironment;
		String fromLocal = "not tried, since " + prefix + "_URL is set";
		String fromContainer = fromLocal;
		if (url != null) {
			ServerAddress configured = new ServerAddress(kind, url, (user != null) ? user : local.user(),
					(password != null) ? password : "", prefix + "_URL");
			String failure = probe(configured);
			if (failure == null) {
				return new Lookup(configured, "");
			}
			fromEnvironment = "set to " + url + ", but connecting as " + configured.user() + " failed: " + failure;
		}
		else {
			fromEnvironment = "not set";
			String failure = probe(local);
			if (failure == null) {
				return new Lookup(local, "");
			}
			fromLocal = failure;
			try {
				return new Lookup(this.containers.start(kind), "");
			}
			catch (Exception ex) {
				fromContainer = reason(ex);
			}
			catch (LinkageError ex) {
				fromContainer = "Testcontainers is not on the classpath (" + ex + ")";
			}
		}
		String problem = "No " + kind + " server found for the tests. Looked, in order, for:\n"
				+ "  1. a JDBC URL in the environment variable " + prefix + "_URL (with " + prefix + "_USER and " + prefix
				+ "_PASSWORD when needed): " + fromEnvironment + "\n"
				+ "  2. " + local.origin() + " as user " + local.user() + ": " + fromLocal + "\n"
				+ "  3. a Testcontainers container, which needs a Docker engine: " + fromContainer + "\n"
				+ "Provide one of them, or set " + SKIP_VARIABLE + "=true to skip the tests that need " + kind
				+ " instead of failing them.";
		return new Lookup(null, problem);
	}

	private static Lookup lookupH2() {
		try {
			DriverManager.getDriver("jdbc:h2:mem:");
			return new Lookup(new ServerAddress(DatabaseKind.H2, "jdbc:h2:mem:", "sa", "", "in memory"), "");
		}
		catch (SQLException ex) {
			return new Lookup(null, "H2 is not on the test classpath: add the test dependency com.h2database:h2.");
		}
	}

	/** Connects to a server: {@code null} if that works, else why not. */
	private static @Nullable String probe(ServerAddress server) {
		try {
			server.probe().close();
			return null;
		}
		catch (SQLException ex) {
			return reason(ex);
		}
	}

	private @Nullable String variable(String name) {
		String value = this.environment.apply(name);
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String reason(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

	/** The server on the standard local port, as its usual administrative user. */
	static ServerAddress localServer(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> new ServerAddress(kind, "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "",
					"the local server at 127.0.0.1:5432");
			case MARIADB -> new ServerAddress(kind, "jdbc:mariadb://127.0.0.1:3306/", "root", "",
					"the local server at 127.0.0.1:3306");
			case H2 -> throw new IllegalArgumentException("H2 has no server");
		};
	}

}
