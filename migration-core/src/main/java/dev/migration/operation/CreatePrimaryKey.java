package dev.migration.operation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Creates a primary key: Alembic's {@code op.create_primary_key}. Reversed by a
 * {@link DropConstraint} of type {@code primary}, which needs the constraint's name.
 *
 * @param constraintName the constraint, or {@code null} to let the database name it (the
 * operation then cannot be reversed)
 * @param tableName the table
 * @param columns the key's columns, in order
 * @param schema the table's schema, or {@code null} for the default one
 */
public record CreatePrimaryKey(@Nullable String constraintName, String tableName, List<String> columns,
		@Nullable String schema) implements Reversible {

	public CreatePrimaryKey {
		Checks.optionalName(constraintName, "create_primary_key", "constraint_name");
		Checks.name(tableName, "create_primary_key", "table_name");
		columns = Checks.names(columns, "create_primary_key", "columns");
		Checks.optionalName(schema, "create_primary_key", "schema");
	}

	/**
	 * Creates a primary key in the default schema.
	 * @param constraintName the constraint
	 * @param tableName the table
	 * @param columns the key's columns
	 */
	public CreatePrimaryKey(@Nullable String constraintName, String tableName, List<String> columns) {
		this(constraintName, tableName, columns, null);
	}

	@Override
	public String name() {
		return "create_primary_key";
	}

	@Override
	public Inverse reverse() {
		if (this.constraintName == null) {
			return Inverse.irreversible("create_primary_key on '" + this.tableName
					+ "' has no 'constraint_name', so drop_constraint cannot name it; give the constraint a name");
		}
		return Inverse.reversed(
				new DropConstraint(this.constraintName, this.tableName, ConstraintType.PRIMARY, this.schema));
	}

}
