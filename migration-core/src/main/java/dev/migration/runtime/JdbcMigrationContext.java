package dev.migration.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migration.dialect.Dialect;
import dev.migration.operation.Operation;
import dev.migration.script.MigrationContext;

/**
 * Runs each operation a revision hands over on the migration connection, remembering every
 * statement that ran, so that a failure can say exactly what happened.
 */
final class JdbcMigrationContext implements MigrationContext {

	private static final Logger logger = LoggerFactory.getLogger(JdbcMigrationContext.class);

	private final Connection connection;

	private final Dialect dialect;

	private final List<RanStatement> ran = new ArrayList<>();

	JdbcMigrationContext(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
	}

	@Override
	public void apply(Operation operation, int line) {
		for (String sql : this.dialect.render(operation)) {
			execute(sql, line);
		}
	}

	private void execute(String sql, int line) {
		logger.debug("{}", sql);
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailedException(sql, line, ex);
		}
		this.ran.add(new RanStatement(sql, line));
	}

	@Override
	public Connection connection() {
		return this.connection;
	}

	@Override
	public String databaseKind() {
		return this.dialect.kind();
	}

	List<RanStatement> ran() {
		return this.ran;
	}

	/**
	 * A statement that ran.
	 *
	 * @param sql the statement
	 * @param line its line in the revision's file, or 0
	 */
	record RanStatement(String sql, int line) {
	}

	/** A statement the database refused. */
	static final class StatementFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String sql;

		private final int line;

		StatementFailedException(String sql, int line, SQLException cause) {
			super(cause.getMessage(), cause);
			this.sql = sql;
			this.line = line;
		}

		String sql() {
			return this.sql;
		}

		int line() {
			return this.line;
		}

		SQLException sqlException() {
			return (SQLException) getCause();
		}

	}

}
