package dev.migration.operation;

/**
 * An operation that knows its inverse, or why it has none: Alembic's
 * {@code MigrateOperation.reverse()}. Every operation of this package implements it except
 * {@link Execute}; use {@link Inverse#of(Operation)} to ask any operation.
 */
public interface Reversible extends Operation {

	/**
	 * Returns the operation that undoes this one, or why there is none.
	 * @return the inverse
	 */
	Inverse reverse();

}
