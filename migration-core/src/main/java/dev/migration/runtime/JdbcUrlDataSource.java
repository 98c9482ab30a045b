package dev.migration.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} over a JDBC URL: each connection is new from {@link DriverManager}, with no
 * pool. It suits what opens few connections: the command line, tests, a program that migrates
 * and exits. A Testcontainers {@code jdbc:tc:} URL works as well as a plain one.
 * <p>
 * The URL, user and password are read each time a connection is opened, so a setting that cannot
 * be worked out yet fails only what connects. Subclasses may translate the failures of
 * {@link #connect(String, String)}.
 */
public class JdbcUrlDataSource implements DataSource {

	private final Supplier<String> url;

	private final Supplier<@Nullable String> user;

	private final Supplier<@Nullable String> password;

	/**
	 * Creates a data source whose settings are read when a connection is opened.
	 * @param url the JDBC URL
	 * @param user the user, {@code null} to let the URL or the driver decide
	 * @param password the password, or {@code null}
	 */
	public JdbcUrlDataSource(Supplier<String> url, Supplier<@Nullable String> user,
			Supplier<@Nullable String> password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/**
	 * Creates a data source over fixed settings.
	 * @param url the JDBC URL
	 * @param user the user, {@code null} to let the URL or the driver decide
	 * @param password the password, or {@code null}
	 */
	public JdbcUrlDataSource(String url, @Nullable String user, @Nullable String password) {
		this(() -> url, () -> user, () -> password);
	}

	/**
	 * Returns the JDBC URL, as it is when read now.
	 * @return the URL
	 */
	protected final String url() {
		return this.url.get();
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(this.user.get(), this.password.get());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(username, password);
	}

	/**
	 * Opens a connection to {@link #url()}.
	 * @param user the user, or {@code null}
	 * @param password the password, or {@code null}
	 * @return a new connection
	 * @throws SQLException if the driver cannot connect
	 */
	protected Connection connect(@Nullable String user, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(url(), properties);
	}

	@Override
	public @Nullable PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(@Nullable PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException(getClass().getSimpleName() + " does not log");
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException(getClass().getSimpleName() + " does not wrap a " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

	/**
	 * Names the class only: the URL may hold a password.
	 */
	@Override
	public String toString() {
		return getClass().getSimpleName();
	}

}
