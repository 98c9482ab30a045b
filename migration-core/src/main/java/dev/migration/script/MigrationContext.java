package dev.migration.script;

import java.sql.Connection;

import dev.migration.operation.Operation;

/**
 * What a revision script talks to while it runs: Alembic's {@code op}. Online it executes each
 * operation as it comes; offline it renders each into the SQL script.
 */
public interface MigrationContext {

	/**
	 * Applies an operation.
	 * @param operation the operation
	 * @param line the line of the revision file that declared it, or 0 when unknown
	 */
	void apply(Operation operation, int line);

	/**
	 * Applies an operation declared in code.
	 * @param operation the operation
	 */
	default void apply(Operation operation) {
		apply(operation, 0);
	}

	/**
	 * Returns the connection the revision runs on, for data migrations written in Java.
	 * @return the connection, inside the revision's transaction when it has one
	 * @throws dev.migration.MigrationException when rendering an offline script, where there is
	 * no connection
	 */
	Connection connection();

	/**
	 * Returns the name of the database kind: {@code postgresql}, {@code mariadb}, {@code mysql}
	 * or {@code h2}, so that a Java revision can do what a particular database needs.
	 * @return the database kind
	 */
	String databaseKind();

}
