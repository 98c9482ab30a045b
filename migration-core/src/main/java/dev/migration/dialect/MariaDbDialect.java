package dev.migration.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.Operation;

/**
 * MariaDB and MySQL: DDL commits implicitly (a failed revision can leave part of itself behind),
 * {@code GET_LOCK} for the migration lock, {@code lock_wait_timeout} for metadata locks.
 */
public class MariaDbDialect extends AbstractDialect {

	private final String kind;

	private final MariaDbRenderer renderer;

	/**
	 * Creates the dialect for MariaDB ({@code mariadb}) or MySQL ({@code mysql}).
	 * @param kind the kind of database
	 */
	public MariaDbDialect(String kind) {
		this.kind = kind;
		this.renderer = new MariaDbRenderer(this);
	}

	@Override
	public String kind() {
		return this.kind;
	}

	@Override
	protected String quoteAlways(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

	@Override
	public String literal(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	@Override
	public boolean requiresAutocommit(String sql) {
		return false;
	}

	@Override
	protected List<String> renderOperation(Operation operation) {
		return this.renderer.render(operation);
	}

	@Override
	public String identityColumn() {
		return "BIGINT AUTO_INCREMENT PRIMARY KEY";
	}

	@Override
	public String timestampType() {
		return "DATETIME(3)";
	}

	@Override
	public String currentTimestamp() {
		return "UTC_TIMESTAMP(3)";
	}

	@Override
	public String beginStatement() {
		return "START TRANSACTION;";
	}

	@Override
	public boolean tryLock(Connection connection, String name, Duration wait) throws SQLException {
		long seconds = Math.max(0, (wait.toMillis() + 999) / 1000);
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
			statement.setString(1, lockName(name));
			statement.setLong(2, seconds);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) == 1;
			}
		}
	}

	@Override
	public void unlock(Connection connection, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, lockName(name));
			statement.execute();
		}
	}

	@Override
	public @Nullable String describeLockHolder(Connection connection, String name) {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT p.ID, p.USER, p.HOST, p.TIME, p.COMMAND, p.STATE FROM information_schema.PROCESSLIST p"
						+ " WHERE p.ID = IS_USED_LOCK(?)")) {
			statement.setString(1, lockName(name));
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return null;
				}
				return this.kind + " connection " + result.getLong(1) + " of " + result.getString(2) + "@"
						+ result.getString(3) + ", " + result.getString(5) + " for " + result.getLong(4) + " s";
			}
		}
		catch (SQLException ex) {
			return null;
		}
	}

	@Override
	public void applyTimeouts(Connection connection, @Nullable Duration lockTimeout,
			@Nullable Duration statementTimeout) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (lockTimeout != null) {
				statement.execute("SET SESSION lock_wait_timeout = " + Math.max(1, (lockTimeout.toMillis() + 999) / 1000));
			}
			if (statementTimeout != null && this.kind.equals("mariadb")) {
				statement.execute("SET SESSION max_statement_time = " + (statementTimeout.toMillis() / 1000.0));
			}
		}
	}

	@Override
	public void resetTimeouts(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION lock_wait_timeout = DEFAULT");
			if (this.kind.equals("mariadb")) {
				statement.execute("SET SESSION max_statement_time = DEFAULT");
			}
		}
	}

	/** Lock names are limited to 64 characters; long ones are shortened to a stable hash. */
	private static String lockName(String name) {
		return (name.length() <= 64) ? name : "migration:" + Long.toHexString(LockKeys.key(name));
	}

}
