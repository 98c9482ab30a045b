package dev.migration.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Creates a check constraint: Alembic's {@code op.create_check_constraint}. Reversed by a
 * {@link DropConstraint} of type {@code check}, which needs the constraint's name.
 *
 * @param constraintName the constraint, or {@code null} to let the database name it (the
 * operation then cannot be reversed)
 * @param tableName the table
 * @param condition the condition rows must meet, as SQL text, for example
 * {@code length(name) > 5}
 * @param schema the table's schema, or {@code null} for the default one
 * @param dialectOptions options for particular databases
 */
public record CreateCheckConstraint(@Nullable String constraintName, String tableName, String condition,
		@Nullable String schema, DialectOptions dialectOptions) implements Reversible {

	public CreateCheckConstraint {
		Checks.optionalName(constraintName, "create_check_constraint", "constraint_name");
		Checks.name(tableName, "create_check_constraint", "table_name");
		Checks.name(condition, "create_check_constraint", "condition");
		Checks.optionalName(schema, "create_check_constraint", "schema");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Creates a check constraint in the default schema.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param condition the condition, as SQL text
	 */
	public CreateCheckConstraint(@Nullable String constraintName, String tableName, String condition) {
		this(constraintName, tableName, condition, null, DialectOptions.NONE);
	}

	@Override
	public String name() {
		return "create_check_constraint";
	}

	@Override
	public Inverse reverse() {
		if (this.constraintName == null) {
			return Inverse.irreversible("create_check_constraint on '" + this.tableName
					+ "' has no 'constraint_name', so drop_constraint cannot name it; give the constraint a name");
		}
		return Inverse.reversed(
				new DropConstraint(this.constraintName, this.tableName, ConstraintType.CHECK, this.schema));
	}

}
