package dev.migration.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import dev.migration.MigrationException;

/**
 * Finds the dialect of a connection, or of a name given on the command line.
 */
public final class Dialects {

	private Dialects() {
	}

	/**
	 * Returns the dialect of the database a connection talks to.
	 * @param connection the connection
	 * @return the dialect
	 * @throws SQLException if the database cannot tell what it is
	 * @throws MigrationException if the database is not supported
	 */
	public static Dialect of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName();
		String lower = product.toLowerCase(Locale.ROOT);
		if (lower.contains("mysql") && connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT)
			.contains("mariadb")) {
			return named("mariadb");
		}
		return named(lower.contains("postgres") ? "postgresql" : lower);
	}

	/**
	 * Returns the dialect of the given name: {@code postgresql}, {@code mariadb}, {@code mysql}
	 * or {@code h2} (case-insensitive; {@code postgres} and {@code pg} also name PostgreSQL).
	 * @param name the name
	 * @return the dialect
	 * @throws MigrationException if no dialect has that name
	 */
	public static Dialect named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "postgresql", "postgres", "pg" -> new PostgresDialect();
			case "mariadb" -> new MariaDbDialect("mariadb");
			case "mysql" -> new MariaDbDialect("mysql");
			case "h2" -> new H2Dialect();
			default -> throw new MigrationException("Unsupported database '" + name
					+ "': the engine supports postgresql, mariadb, mysql and h2");
		};
	}

}
