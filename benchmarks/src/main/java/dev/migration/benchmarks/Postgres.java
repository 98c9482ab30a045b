package dev.migration.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The PostgreSQL server the database benchmarks run on, and the databases they create on it.
 * <p>
 * The server is {@code jdbc:postgresql://127.0.0.1:5432/postgres} as user {@code postgres}
 * unless the system properties {@code bench.postgres.url}, {@code bench.postgres.user},
 * {@code bench.postgres.password} or the environment variables {@code BENCH_POSTGRES_URL},
 * {@code BENCH_POSTGRES_USER}, {@code BENCH_POSTGRES_PASSWORD} say otherwise. The URL names a
 * database that exists (the one connected to for {@code CREATE DATABASE}); the benchmarks' own
 * databases are reached by replacing its database name. JMH runs benchmarks in forked JVMs, which
 * inherit the environment but not the system properties of the launching JVM: pass properties
 * with {@code -jvmArgsAppend}.
 */
final class Postgres {

	static final String URL = setting("bench.postgres.url", "BENCH_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String USER = setting("bench.postgres.user", "BENCH_POSTGRES_USER", "postgres");

	static final String PASSWORD = setting("bench.postgres.password", "BENCH_POSTGRES_PASSWORD", "");

	/**
	 * The connections each pool keeps open: enough for every tool (this engine holds its
	 * migration lock on a second connection), so no tool ever waits for one.
	 */
	static final int POOL_SIZE = 4;

	private Postgres() {
	}

	private static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * Returns the URL of a database on the server.
	 * @param database the database's name
	 * @return the URL
	 */
	static String url(String database) {
		int start = URL.indexOf('/', URL.indexOf("//") + 2);
		if (start < 0) {
			throw new IllegalStateException("The PostgreSQL URL " + URL + " names no database; write it as "
					+ "jdbc:postgresql://HOST:PORT/DATABASE");
		}
		int end = URL.indexOf('?', start);
		return URL.substring(0, start + 1) + database + ((end < 0) ? "" : URL.substring(end));
	}

	/**
	 * Creates an empty database, dropping one of the same name first.
	 * @param database the database's name
	 */
	static void recreate(String database) {
		admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)", "CREATE DATABASE " + database);
	}

	/**
	 * Drops a database if it exists.
	 * @param database the database's name
	 */
	static void drop(String database) {
		admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
	}

	private static void admin(String... statements) {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + String.join("; ", statements) + "' on " + URL
					+ " as " + USER + ": " + ex.getMessage() + ". Is PostgreSQL running? Set BENCH_POSTGRES_URL to "
					+ "another server.", ex);
		}
	}

	/**
	 * Opens the connection pool every tool uses, the same for all: HikariCP, as a Spring Boot
	 * application has, with its connections opened before it is handed out, so that no tool
	 * pays for opening a connection.
	 * @param database the database's name
	 * @return the pool
	 */
	static HikariDataSource pool(String database) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(database));
		// Named, so that a pool in an Isolated class loader finds its own copy of the driver.
		config.setDriverClassName("org.postgresql.Driver");
		config.setUsername(USER);
		config.setPassword(PASSWORD);
		config.setMaximumPoolSize(POOL_SIZE);
		config.setMinimumIdle(POOL_SIZE);
		config.setPoolName(database);
		HikariDataSource pool = new HikariDataSource(config);
		List<Connection> opened = new ArrayList<>();
		try {
			for (int i = 0; i < POOL_SIZE; i++) {
				opened.add(pool.getConnection());
			}
			for (Connection connection : opened) {
				connection.close();
			}
		}
		catch (SQLException ex) {
			pool.close();
			throw new IllegalStateException("Could not connect to " + url(database) + ": " + ex.getMessage(), ex);
		}
		return pool;
	}

	/**
	 * Runs a query that returns one number.
	 * @param dataSource the database
	 * @param sql the query
	 * @return the number
	 */
	static long queryForLong(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "': " + ex.getMessage(), ex);
		}
	}

}
