package dev.migration.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.config.Configured;
import dev.migration.cli.config.Secrets;
import dev.migration.runtime.JdbcUrlDataSource;

/**
 * The command line's data source: a new connection from {@link DriverManager} each time, no
 * pool. The command line opens few connections, and the drivers of PostgreSQL, MariaDB and H2 are
 * in its jar. The settings are read when a connection is opened, so that a setting that cannot be
 * worked out (a placeholder without a value) fails only commands that connect.
 */
public final class UrlDataSource extends JdbcUrlDataSource {

	/**
	 * Creates a data source.
	 * @param url the JDBC URL
	 * @param user the user, or {@code null} to let the URL or driver decide
	 * @param password the password, or {@code null}
	 */
	public UrlDataSource(Configured url, @Nullable Configured user, @Nullable Configured password) {
		super(url::value, () -> (user != null) ? user.value() : null,
				() -> (password != null) ? password.value() : null);
	}

	@Override
	protected Connection connect(@Nullable String user, @Nullable String password) throws SQLException {
		try {
			return super.connect(user, password);
		}
		catch (SQLException ex) {
			if ("08001".equals(ex.getSQLState()) && ex.getMessage() != null
					&& ex.getMessage().startsWith("No suitable driver")) {
				throw new SQLException("No JDBC driver takes the URL " + Secrets.maskUrl(url())
						+ "; the command line has the drivers of PostgreSQL (jdbc:postgresql:), MariaDB and MySQL "
						+ "(jdbc:mariadb:, jdbc:mysql:) and H2 (jdbc:h2:): check the URL", ex.getSQLState(), ex);
			}
			throw ex;
		}
	}

	@Override
	public String toString() {
		return "UrlDataSource[" + Secrets.maskUrl(url()) + "]";
	}

}
