package dev.migration.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and drops the test databases on one server.
 */
final class DatabaseServer {

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServerAddress address;

	DatabaseServer(ServerAddress address) {
		this.address = address;
	}

	ServerAddress address() {
		return this.address;
	}

	/** A new name {@code mig_test_<10 random lowercase letters or digits>}. */
	static String newName() {
		StringBuilder name = new StringBuilder("mig_test_");
		for (int i = 0; i < 10; i++) {
			name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return name.toString();
	}

	/** Creates a database and returns its JDBC URL. */
	String create(String name) throws SQLException {
		switch (this.address.kind()) {
			case POSTGRESQL -> execute("CREATE DATABASE " + name);
			case MARIADB -> execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
			case H2 -> {
				// An in-memory H2 database comes into being with its first connection, and stays.
				h2(name).getConnection().close();
			}
		}
		return url(name);
	}

	/** The JDBC URL of a database on this server. */
	String url(String name) {
		if (this.address.kind() == DatabaseKind.H2) {
			return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		}
		return JdbcUrls.withDatabase(this.address.url(), name);
	}

	/** Drops a database, closing the connections still open to it. */
	void drop(String name) throws SQLException {
		switch (this.address.kind()) {
			case POSTGRESQL -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			case MARIADB -> dropMariaDb(name);
			case H2 -> {
				try (Connection connection = h2(name).getConnection(); Statement statement = connection.createStatement()) {
					statement.execute("SHUTDOWN");
				}
			}
		}
	}

	private DriverDataSource h2(String name) {
		return new DriverDataSource(url(name), this.address.user(), this.address.password());
	}

	private void dropMariaDb(String name) throws SQLException {
		try (Connection connection = this.address.connect()) {
			List<Long> sessions = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT id FROM information_schema.processlist WHERE db = ? AND id <> connection_id()")) {
				query.setString(1, name);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						sessions.add(rows.getLong(1));
					}
				}
			}
			try (Statement statement = connection.createStatement()) {
				for (long session : sessions) {
					try {
						statement.execute("KILL CONNECTION " + session);
					}
					catch (SQLException ex) {
						// The session ended on its own in the meantime.
					}
				}
				statement.execute("SET SESSION lock_wait_timeout = 30");
				statement.execute("DROP DATABASE IF EXISTS " + name);
			}
		}
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.address.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
