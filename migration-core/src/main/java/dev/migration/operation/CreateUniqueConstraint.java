package dev.migration.operation;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Creates a unique constraint: Alembic's {@code op.create_unique_constraint}. Reversed by a
 * {@link DropConstraint} of type {@code unique}, which needs the constraint's name.
 *
 * @param constraintName the constraint, or {@code null} to let the database name it (the
 * operation then cannot be reversed)
 * @param tableName the table
 * @param columns the columns whose values together are unique
 * @param schema the table's schema, or {@code null} for the default one
 * @param dialectOptions options for particular databases
 */
public record CreateUniqueConstraint(@Nullable String constraintName, String tableName, List<String> columns,
		@Nullable String schema, DialectOptions dialectOptions) implements Reversible {

	public CreateUniqueConstraint {
		Checks.optionalName(constraintName, "create_unique_constraint", "constraint_name");
		Checks.name(tableName, "create_unique_constraint", "table_name");
		columns = Checks.names(columns, "create_unique_constraint", "columns");
		Checks.optionalName(schema, "create_unique_constraint", "schema");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Creates a unique constraint in the default schema.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param columns the columns
	 */
	public CreateUniqueConstraint(@Nullable String constraintName, String tableName, List<String> columns) {
		this(constraintName, tableName, columns, null, DialectOptions.NONE);
	}

	@Override
	public String name() {
		return "create_unique_constraint";
	}

	@Override
	public Inverse reverse() {
		if (this.constraintName == null) {
			return Inverse.irreversible("create_unique_constraint on '" + this.tableName
					+ "' has no 'constraint_name', so drop_constraint cannot name it; give the constraint a name");
		}
		return Inverse.reversed(
				new DropConstraint(this.constraintName, this.tableName, ConstraintType.UNIQUE, this.schema));
	}

}
