package dev.migration.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.Operation;

/**
 * What the engine needs to know about one kind of database. Dialects are stateless and shared.
 */
public interface Dialect {

	/**
	 * Returns the kind of database: {@code postgresql}, {@code mariadb}, {@code mysql} or
	 * {@code h2}. Revision scripts see it as {@link dev.migration.script.MigrationContext#databaseKind()}.
	 * @return the kind
	 */
	String kind();

	/**
	 * Renders an identifier, quoting it only when it must be, as SQLAlchemy does: a lower-case
	 * name of letters, digits and {@code _} that is not a reserved word stays bare, so that it
	 * means the same as in hand-written SQL ({@code sessions} is {@code SESSIONS} on H2); any
	 * other name is quoted, quote characters inside it doubled.
	 * @param identifier the identifier
	 * @return the identifier as SQL
	 */
	String quote(String identifier);

	/**
	 * Returns a table name qualified by its schema when one is given, both quoted.
	 * @param schema the schema, or {@code null} for the connection's default
	 * @param name the table name
	 * @return the qualified name
	 */
	default String qualify(@Nullable String schema, String name) {
		return (schema != null) ? quote(schema) + "." + quote(name) : quote(name);
	}

	/**
	 * Quotes a string literal.
	 * @param value the value
	 * @return the literal
	 */
	default String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * Whether DDL statements take part in transactions, so that a failed revision leaves nothing
	 * behind.
	 * @return whether DDL is transactional
	 */
	boolean transactionalDdl();

	/**
	 * Whether a statement cannot run inside a transaction block, such as PostgreSQL's
	 * {@code CREATE INDEX CONCURRENTLY}. A revision with such a statement runs in autocommit.
	 * @param sql the statement
	 * @return whether it must run in autocommit
	 */
	boolean requiresAutocommit(String sql);

	/**
	 * Renders an operation as the statements this database runs for it.
	 * @param operation the operation
	 * @return the statements, without terminating semicolons
	 */
	List<String> render(Operation operation);

	/**
	 * Returns the column type of the version table's {@code version_num}.
	 * @return the type
	 */
	default String versionColumnType() {
		return "VARCHAR(32)";
	}

	/**
	 * Returns the type of a text column of the log table.
	 * @param length the maximum length
	 * @return the type
	 */
	default String varchar(int length) {
		return "VARCHAR(" + length + ")";
	}

	/**
	 * Returns the type of unbounded text in the log table.
	 * @return the type
	 */
	default String textType() {
		return "TEXT";
	}

	/**
	 * Returns the type of a timestamp with time zone in the log table.
	 * @return the type
	 */
	default String timestampType() {
		return "TIMESTAMP WITH TIME ZONE";
	}

	/**
	 * Returns an expression that yields the current timestamp.
	 * @return the expression
	 */
	default String currentTimestamp() {
		return "CURRENT_TIMESTAMP";
	}

	/**
	 * Returns the column definition of an auto-incremented primary key.
	 * @return the definition
	 */
	String identityColumn();

	/**
	 * Returns the statement that opens a transaction in an offline script.
	 * @return the statement, with its semicolon
	 */
	default String beginStatement() {
		return "BEGIN;";
	}

	/**
	 * Takes the session-level migration lock, waiting at most the given time.
	 * @param connection the lock's own connection, in autocommit
	 * @param name the lock's name, unique per version table
	 * @param wait how long to wait
	 * @return whether the lock was taken
	 * @throws SQLException if the database fails
	 */
	boolean tryLock(Connection connection, String name, Duration wait) throws SQLException;

	/**
	 * Releases the migration lock taken on the connection.
	 * @param connection the lock's connection
	 * @param name the lock's name
	 * @throws SQLException if the database fails
	 */
	void unlock(Connection connection, String name) throws SQLException;

	/**
	 * Describes who holds the migration lock, where the database can tell.
	 * @param connection a connection to ask on
	 * @param name the lock's name
	 * @return a description such as {@code session 1234 of migration@10.0.0.5 (app), since ...},
	 * or {@code null} when unknown
	 */
	@Nullable String describeLockHolder(Connection connection, String name);

	/**
	 * Applies the timeouts for migration statements to the session, where supported.
	 * @param connection the migration connection
	 * @param lockTimeout how long a statement may wait for a table lock, or {@code null}
	 * @param statementTimeout how long a statement may run, or {@code null}
	 * @throws SQLException if the database fails
	 */
	default void applyTimeouts(Connection connection, @Nullable Duration lockTimeout,
			@Nullable Duration statementTimeout) throws SQLException {
	}

	/**
	 * Resets the timeouts set by {@link #applyTimeouts}, so that a pooled connection goes back
	 * as it came.
	 * @param connection the migration connection
	 * @throws SQLException if the database fails
	 */
	default void resetTimeouts(Connection connection) throws SQLException {
	}

}
