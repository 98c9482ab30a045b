package dev.migration.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a database server is and how to log in to it as a user who may create databases.
 * @param kind the kind of server
 * @param url a JDBC URL of a database on that server in which databases can be created
 * @param user the user
 * @param password the password, empty for none
 * @param origin how the server was found, for messages
 */
record ServerAddress(DatabaseKind kind, String url, String user, String password, String origin) {

	/** Opens a connection to {@link #url()}, giving up on an unreachable server after 3 s. */
	Connection probe() throws SQLException {
		Properties properties = credentials(this.user, this.password);
		switch (this.kind) {
			case POSTGRESQL -> {
				properties.setProperty("connectTimeout", "3");
				properties.setProperty("socketTimeout", "10");
			}
			case MARIADB -> {
				properties.setProperty("connectTimeout", "3000");
				properties.setProperty("socketTimeout", "10000");
			}
			case H2 -> {
			}
		}
		return DriverManager.getConnection(this.url, properties);
	}

	/** Opens a connection to {@link #url()}. */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, credentials(this.user, this.password));
	}

	static Properties credentials(String user, String password) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		return properties;
	}

	@Override
	public String toString() {
		return this.kind + " at " + this.url + " as " + this.user + " (" + this.origin + ")";
	}

}
