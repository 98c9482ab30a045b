package dev.migration.operation;

/**
 * One schema or data change, named after Alembic's {@code op.*}: the vocabulary that YAML
 * revisions and Java revisions both produce, and that each dialect renders to SQL. Operations
 * are immutable values.
 */
public interface Operation {

	/**
	 * Returns the operation's name as revision files spell it, for example {@code add_column}.
	 * @return the name
	 */
	String name();

}
