package dev.migration.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialect;

/**
 * The lock that serializes runners migrating the same database, held on a connection of its own.
 * It lives in the database session (an advisory lock, {@code GET_LOCK}, a row lock), so a runner
 * that dies releases it with its connection: a lock is never left stuck.
 */
final class MigrationLock implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MigrationLock.class);

	private final Connection connection;

	private final Dialect dialect;

	private final String name;

	private MigrationLock(Connection connection, Dialect dialect, String name) {
		this.connection = connection;
		this.dialect = dialect;
		this.name = name;
	}

	static MigrationLock acquire(DataSource dataSource, Dialect dialect, @Nullable String schema, String table,
			Duration wait) throws SQLException {
		String name = "migration:" + ((schema != null) ? schema + "." : "") + table;
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(true);
			long started = System.nanoTime();
			if (!dialect.tryLock(connection, name, Duration.ZERO)) {
				String holder = dialect.describeLockHolder(connection, name);
				logger.warn("Waiting up to {} for the migration lock held by {}", readable(wait),
						(holder != null) ? holder : "another runner");
				if (!dialect.tryLock(connection, name, wait)) {
					holder = dialect.describeLockHolder(connection, name);
					throw new MigrationException("Gave up after " + readable(Duration.ofNanos(System.nanoTime() - started))
							+ " waiting for the migration lock of " + table + ", held by "
							+ ((holder != null) ? holder : "another session") + ". Another runner is migrating this "
							+ "database; wait for it to finish, or raise the lock wait timeout. The lock belongs to "
							+ "that runner's database session: if the runner is gone, ending its session frees it.");
				}
			}
			return new MigrationLock(connection, dialect, name);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** A duration as people write it: {@code 5m}, {@code 30s}, {@code 1m30s}, {@code 250ms}. */
	static String readable(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.toSeconds();
		String text = ((seconds >= 3600) ? (seconds / 3600) + "h" : "") + ((seconds % 3600 >= 60) ? (seconds % 3600 / 60) + "m" : "")
				+ ((seconds % 60 > 0) ? (seconds % 60) + "s" : "");
		return text.isEmpty() ? "0s" : text;
	}

	@Override
	public void close() {
		try {
			this.dialect.unlock(this.connection, this.name);
		}
		catch (SQLException ex) {
			logger.warn("Could not release the migration lock; it goes with the session: {}", ex.getMessage());
		}
		finally {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close the lock connection", ex);
			}
		}
	}

}
