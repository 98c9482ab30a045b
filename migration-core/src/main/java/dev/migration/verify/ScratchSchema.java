package dev.migration.verify;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialect;
import dev.migration.dialect.Dialects;

/**
 * A throw-away schema inside an existing database, to verify revisions in without a database of
 * their own: a PostgreSQL or H2 schema, a MariaDB database, named {@code mig_scratch_} and random
 * letters, created by {@link #create} and dropped with everything in it by {@link #close()}.
 * Connections from {@link #dataSource()} work in it (PostgreSQL's {@code search_path} is that
 * schema alone, so nothing outside it is found by an unqualified name), and go back to their
 * previous schema when closed.
 * <p>
 * Revisions that name a schema explicitly ({@code public.sessions}) reach outside it: verify those
 * on a database of their own. Creating the schema needs the right to: {@code CREATE} on the
 * PostgreSQL database, {@code CREATE} on MariaDB's databases.
 */
public final class ScratchSchema implements AutoCloseable {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DataSource server;

	private final Dialect dialect;

	private final String name;

	private final DataSource dataSource;

	private ScratchSchema(DataSource server, Dialect dialect, String name) {
		this.server = server;
		this.dialect = dialect;
		this.name = name;
		this.dataSource = new InSchema();
	}

	/**
	 * Creates a scratch schema in the database a data source connects to.
	 * @param dataSource the database
	 * @return the scratch schema
	 * @throws MigrationException if it cannot be created
	 */
	public static ScratchSchema create(DataSource dataSource) {
		String name = "mig_scratch_" + HexFormat.of().formatHex(RANDOM.generateSeed(5));
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			Dialect dialect = Dialects.of(connection);
			statement.execute((isMariaDb(dialect) ? "CREATE DATABASE " : "CREATE SCHEMA ") + quoted(dialect, name));
			return new ScratchSchema(dataSource, dialect, name);
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not create a scratch schema to verify the revisions in: "
					+ ex.getMessage() + ". Grant the right to create schemas (databases on MariaDB), or give an "
					+ "empty database of its own.", ex);
		}
	}

	/** The name quoted, so that H2 keeps it lower case, as {@code setSchema} then asks for it. */
	private static String quoted(Dialect dialect, String name) {
		return isMariaDb(dialect) ? dialect.quote(name) : "\"" + name + "\"";
	}

	private static boolean isMariaDb(Dialect dialect) {
		return dialect.kind().equals("mariadb") || dialect.kind().equals("mysql");
	}

	/**
	 * Returns the scratch schema's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns a data source whose connections work in the scratch schema.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Drops the scratch schema and everything in it.
	 * @throws MigrationException if it cannot be dropped
	 */
	@Override
	public void close() {
		try (Connection connection = this.server.getConnection(); Statement statement = connection.createStatement()) {
			String quoted = quoted(this.dialect, this.name);
			statement.execute(isMariaDb(this.dialect) ? "DROP DATABASE " + quoted : "DROP SCHEMA " + quoted + " CASCADE");
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not drop the scratch schema " + this.name + ": " + ex.getMessage()
					+ "; drop it by hand", ex);
		}
	}

	@Override
	public String toString() {
		return "scratch schema " + this.name;
	}

	private Connection enter(Connection connection) throws SQLException {
		boolean catalog = isMariaDb(this.dialect);
		String previous = catalog ? connection.getCatalog() : connection.getSchema();
		if (catalog) {
			connection.setCatalog(this.name);
		}
		else {
			connection.setSchema(this.name);
		}
		InvocationHandler handler = new Leaving(connection, catalog, previous);
		return (Connection) Proxy.newProxyInstance(ScratchSchema.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	/** Puts a connection back in its previous schema when it is closed. */
	private static final class Leaving implements InvocationHandler {

		private final Connection connection;

		private final boolean catalog;

		private final @Nullable String previous;

		Leaving(Connection connection, boolean catalog, @Nullable String previous) {
			this.connection = connection;
			this.catalog = catalog;
			this.previous = previous;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] arguments) throws Throwable {
			if (method.getName().equals("close") && method.getParameterCount() == 0 && !this.connection.isClosed()) {
				try {
					if (this.previous != null) {
						if (this.catalog) {
							this.connection.setCatalog(this.previous);
						}
						else {
							this.connection.setSchema(this.previous);
						}
					}
				}
				catch (SQLException ex) {
					// Closing matters more; a pool resets the connection anyway.
				}
			}
			try {
				return method.invoke(this.connection, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

	private final class InSchema implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			return enter(ScratchSchema.this.server.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return enter(ScratchSchema.this.server.getConnection(username, password));
		}

		@Override
		public PrintWriter getLogWriter() throws SQLException {
			return ScratchSchema.this.server.getLogWriter();
		}

		@Override
		public void setLogWriter(PrintWriter out) throws SQLException {
			ScratchSchema.this.server.setLogWriter(out);
		}

		@Override
		public void setLoginTimeout(int seconds) throws SQLException {
			ScratchSchema.this.server.setLoginTimeout(seconds);
		}

		@Override
		public int getLoginTimeout() throws SQLException {
			return ScratchSchema.this.server.getLoginTimeout();
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			return ScratchSchema.this.server.getParentLogger();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("A scratch schema's data source wraps nothing");
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
