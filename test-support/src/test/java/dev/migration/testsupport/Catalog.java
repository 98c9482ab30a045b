package dev.migration.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Asks a server's catalog about test databases, as its administrative user.
 */
final class Catalog {

	private Catalog() {
	}

	/** Whether the database exists: in {@code pg_database}, {@code information_schema.schemata}, or H2's memory. */
	static boolean exists(DatabaseKind kind, String name) throws SQLException {
		if (kind == DatabaseKind.H2) {
			try {
				DriverManager.getConnection("jdbc:h2:mem:" + name + ";IFEXISTS=TRUE", "sa", "").close();
				return true;
			}
			catch (SQLException ex) {
				return false;
			}
		}
		String sql = (kind == DatabaseKind.POSTGRESQL) ? "SELECT count(*) FROM pg_database WHERE datname = ?"
				: "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?";
		try (Connection connection = ServerDiscovery.system().require(kind).connect();
				PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, name);
			return single(query) > 0;
		}
	}

	/** The name of the database a connection is in. */
	static String currentDatabase(Connection connection) throws SQLException {
		String sql = switch (connection.getMetaData().getDatabaseProductName()) {
			case "PostgreSQL" -> "SELECT current_database()";
			case "H2" -> "SELECT DATABASE()";
			default -> "SELECT DATABASE()";
		};
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** How many tables and views the users of a connection's database have made. */
	static long userTables(Connection connection) throws SQLException {
		String sql = switch (connection.getMetaData().getDatabaseProductName()) {
			case "PostgreSQL" -> "SELECT count(*) FROM information_schema.tables "
					+ "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
			case "H2" -> "SELECT count(*) FROM information_schema.tables WHERE table_schema <> 'INFORMATION_SCHEMA'";
			default -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()";
		};
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			return single(query);
		}
	}

	private static long single(PreparedStatement query) throws SQLException {
		try (ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
