package dev.migration.operation;

import org.jspecify.annotations.Nullable;

/**
 * Drops a constraint: Alembic's {@code op.drop_constraint}. It cannot be reversed: it does not
 * carry the dropped constraint's definition (Alembic reverses it only when autogenerate attached
 * one), so a revision that drops a constraint needs a hand-written downgrade.
 *
 * @param constraintName the constraint
 * @param tableName the table
 * @param type the kind of constraint, which MySQL and MariaDB need; or {@code null}
 * @param schema the table's schema, or {@code null} for the default one
 */
public record DropConstraint(String constraintName, String tableName, @Nullable ConstraintType type,
		@Nullable String schema) implements Reversible {

	public DropConstraint {
		Checks.name(constraintName, "drop_constraint", "constraint_name");
		Checks.name(tableName, "drop_constraint", "table_name");
		Checks.optionalName(schema, "drop_constraint", "schema");
	}

	/**
	 * Drops a constraint of the given kind, in the default schema.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param type the kind of constraint, or {@code null}
	 */
	public DropConstraint(String constraintName, String tableName, @Nullable ConstraintType type) {
		this(constraintName, tableName, type, null);
	}

	@Override
	public String name() {
		return "drop_constraint";
	}

	@Override
	public Inverse reverse() {
		return Inverse.irreversible("drop_constraint of '" + this.constraintName + "' on '" + this.tableName
				+ "' does not carry the dropped constraint's definition");
	}

}
