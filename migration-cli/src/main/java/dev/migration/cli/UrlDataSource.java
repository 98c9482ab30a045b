package dev.migration.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.config.Configured;
import dev.migration.cli.config.Secrets;

/**
 * A {@link DataSource} over {@link DriverManager}: a new connection each time, no pool. The
 * command line opens few connections, and the drivers of PostgreSQL, MariaDB and H2 are in its
 * jar. The settings are read when a connection is opened, so that a setting that cannot be worked
 * out (a placeholder without a value) fails only commands that connect.
 */
public final class UrlDataSource implements DataSource {

	private final Configured url;

	private final @Nullable Configured user;

	private final @Nullable Configured password;

	/**
	 * Creates a data source.
	 * @param url the JDBC URL
	 * @param user the user, or {@code null} to let the URL or driver decide
	 * @param password the password, or {@code null}
	 */
	public UrlDataSource(Configured url, @Nullable Configured user, @Nullable Configured password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect((this.user != null) ? this.user.value() : null,
				(this.password != null) ? this.password.value() : null);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(username, password);
	}

	private Connection connect(@Nullable String user, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		try {
			return DriverManager.getConnection(this.url.value(), properties);
		}
		catch (SQLException ex) {
			if ("08001".equals(ex.getSQLState()) && ex.getMessage() != null
					&& ex.getMessage().startsWith("No suitable driver")) {
				throw new SQLException("No JDBC driver takes the URL " + Secrets.maskUrl(this.url.value())
						+ "; the command line has the drivers of PostgreSQL (jdbc:postgresql:), MariaDB and MySQL "
						+ "(jdbc:mariadb:, jdbc:mysql:) and H2 (jdbc:h2:): check the URL", ex.getSQLState(), ex);
			}
			throw ex;
		}
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
		throw new SQLFeatureNotSupportedException("UrlDataSource does not log");
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("UrlDataSource does not wrap a " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

	@Override
	public String toString() {
		return "UrlDataSource[" + Secrets.maskUrl(this.url.value()) + "]";
	}

}
