package dev.migration.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * A database created for one test class, dropped after it. Thread-safe: connections can be opened
 * and used from several threads at once.
 *
 * <p>The user and password are those of the server's administrative user (the one who created the
 * database), so {@link #jdbcUrl()}, {@link #user()} and {@link #password()} are all a separate JVM
 * needs to connect.
 *
 * @see DatabaseTest
 */
public final class TestDatabase {

	private final ClassDatabases owner;

	private final DatabaseKind kind;

	private final String name;

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private final DataSource dataSource;

	TestDatabase(ClassDatabases owner, DatabaseKind kind, String name, String jdbcUrl, String user, String password) {
		this.owner = owner;
		this.kind = kind;
		this.name = name;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.dataSource = new DriverDataSource(jdbcUrl, user, password);
	}

	/**
	 * The kind of database.
	 * @return the kind of database
	 */
	public DatabaseKind kind() {
		return this.kind;
	}

	/**
	 * The database's name, {@code mig_test_} and random lowercase letters and digits; on MariaDB
	 * also the name of its schema.
	 * @return the database's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The JDBC URL of the database, with any options of the server URL it was derived from.
	 * @return the JDBC URL
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * The user to connect as.
	 * @return the user
	 */
	public String user() {
		return this.user;
	}

	/**
	 * The password to connect with.
	 * @return the password, empty when none is needed
	 */
	public String password() {
		return this.password;
	}

	/**
	 * A data source for the database. It opens a new physical connection each time (there is no
	 * pool), so close what you get.
	 * @return the data source, the same on every call
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Opens a new connection to the database; the caller closes it.
	 * @return a new connection
	 * @throws SQLException if the connection cannot be opened
	 */
	public Connection connection() throws SQLException {
		return this.dataSource.getConnection();
	}

	/**
	 * Creates another fresh, empty database of the same kind on the same server, for tests that
	 * need more than one. It is dropped after the test class, together with this one.
	 * @return the new database
	 * @throws SQLException if the database cannot be created
	 * @throws IllegalStateException if the test class has already finished
	 */
	public TestDatabase createSibling() throws SQLException {
		return this.owner.create();
	}

	@Override
	public String toString() {
		return this.kind + " database " + this.name + " (" + this.jdbcUrl + ")";
	}

}
