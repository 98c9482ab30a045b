package dev.migration.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Creates a foreign key: Alembic's {@code op.create_foreign_key}. Reversed by a
 * {@link DropConstraint} of type {@code foreignkey}, which needs the constraint's name.
 *
 * @param constraintName the constraint, or {@code null} to let the database name it (the
 * operation then cannot be reversed)
 * @param sourceTable the table holding the foreign key
 * @param referentTable the table it refers to
 * @param localCols the columns of the source table, in order
 * @param remoteCols the columns of the referent table they refer to, as many and in the same order
 * @param onupdate the action on update of the referenced key: {@code CASCADE}, {@code SET NULL},
 * {@code SET DEFAULT}, {@code RESTRICT} or {@code NO ACTION} (kept in upper case); or
 * {@code null}
 * @param ondelete the action on delete of the referenced row, the same choices; or {@code null}
 * @param sourceSchema the source table's schema, or {@code null} for the default one
 * @param referentSchema the referent table's schema, or {@code null} for the default one
 * @param dialectOptions options for particular databases
 */
public record CreateForeignKey(@Nullable String constraintName, String sourceTable, String referentTable,
		List<String> localCols, List<String> remoteCols, @Nullable String onupdate, @Nullable String ondelete,
		@Nullable String sourceSchema, @Nullable String referentSchema, DialectOptions dialectOptions)
		implements Reversible {

	/** The referential actions {@code onupdate} and {@code ondelete} take. */
	public static final List<String> ACTIONS = List.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

	public CreateForeignKey {
		Checks.optionalName(constraintName, "create_foreign_key", "constraint_name");
		Checks.name(sourceTable, "create_foreign_key", "source_table");
		Checks.name(referentTable, "create_foreign_key", "referent_table");
		localCols = Checks.names(localCols, "create_foreign_key", "local_cols");
		remoteCols = Checks.names(remoteCols, "create_foreign_key", "remote_cols");
		if (localCols.size() != remoteCols.size()) {
			throw new IllegalArgumentException("create_foreign_key has " + localCols.size() + " 'local_cols' but "
					+ remoteCols.size() + " 'remote_cols'; each local column refers to one remote column");
		}
		onupdate = action(onupdate, "onupdate");
		ondelete = action(ondelete, "ondelete");
		Checks.optionalName(sourceSchema, "create_foreign_key", "source_schema");
		Checks.optionalName(referentSchema, "create_foreign_key", "referent_schema");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Creates a foreign key with no actions, in the default schema.
	 * @param constraintName the constraint
	 * @param sourceTable the table holding the foreign key
	 * @param referentTable the table it refers to
	 * @param localCols the columns of the source table
	 * @param remoteCols the columns of the referent table
	 */
	public CreateForeignKey(@Nullable String constraintName, String sourceTable, String referentTable,
			List<String> localCols, List<String> remoteCols) {
		this(constraintName, sourceTable, referentTable, localCols, remoteCols, null, null, null, null,
				DialectOptions.NONE);
	}

	private static @Nullable String action(@Nullable String action, String parameter) {
		if (action == null) {
			return null;
		}
		String normalized = action.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		if (!ACTIONS.contains(normalized)) {
			throw new IllegalArgumentException("'" + parameter + "' of create_foreign_key must be one of "
					+ String.join(", ", ACTIONS) + "; found '" + action + "'");
		}
		return normalized;
	}

	/**
	 * Starts a create_foreign_key.
	 * @param constraintName the constraint
	 * @param sourceTable the table holding the foreign key
	 * @param referentTable the table it refers to
	 * @param localCols the columns of the source table
	 * @param remoteCols the columns of the referent table
	 * @return a builder
	 */
	public static Builder builder(@Nullable String constraintName, String sourceTable, String referentTable,
			List<String> localCols, List<String> remoteCols) {
		return new Builder(constraintName, sourceTable, referentTable, localCols, remoteCols);
	}

	@Override
	public String name() {
		return "create_foreign_key";
	}

	@Override
	public Inverse reverse() {
		if (this.constraintName == null) {
			return Inverse.irreversible("create_foreign_key on '" + this.sourceTable
					+ "' has no 'constraint_name', so drop_constraint cannot name it; give the constraint a name");
		}
		return Inverse.reversed(new DropConstraint(this.constraintName, this.sourceTable, ConstraintType.FOREIGNKEY,
				this.sourceSchema));
	}

	/**
	 * Builds a {@link CreateForeignKey}.
	 */
	public static final class Builder {

		private final @Nullable String constraintName;

		private final String sourceTable;

		private final String referentTable;

		private final List<String> localCols;

		private final List<String> remoteCols;

		private @Nullable String onupdate;

		private @Nullable String ondelete;

		private @Nullable String sourceSchema;

		private @Nullable String referentSchema;

		private final Map<String, Object> dialectOptions = new LinkedHashMap<>();

		private Builder(@Nullable String constraintName, String sourceTable, String referentTable,
				List<String> localCols, List<String> remoteCols) {
			this.constraintName = constraintName;
			this.sourceTable = sourceTable;
			this.referentTable = referentTable;
			this.localCols = localCols;
			this.remoteCols = remoteCols;
		}

		/**
		 * Sets the action on update of the referenced key.
		 * @param onupdate {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT},
		 * {@code RESTRICT} or {@code NO ACTION}
		 * @return this builder
		 */
		public Builder onupdate(@Nullable String onupdate) {
			this.onupdate = onupdate;
			return this;
		}

		/**
		 * Sets the action on delete of the referenced row.
		 * @param ondelete {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT},
		 * {@code RESTRICT} or {@code NO ACTION}
		 * @return this builder
		 */
		public Builder ondelete(@Nullable String ondelete) {
			this.ondelete = ondelete;
			return this;
		}

		/**
		 * Sets the source table's schema.
		 * @param sourceSchema the schema, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder sourceSchema(@Nullable String sourceSchema) {
			this.sourceSchema = sourceSchema;
			return this;
		}

		/**
		 * Sets the referent table's schema.
		 * @param referentSchema the schema, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder referentSchema(@Nullable String referentSchema) {
			this.referentSchema = referentSchema;
			return this;
		}

		/**
		 * Adds an option for a particular database.
		 * @param name the option's full name
		 * @param value its value
		 * @return this builder
		 */
		public Builder dialectOption(String name, Object value) {
			this.dialectOptions.put(name, value);
			return this;
		}

		/**
		 * Builds the operation.
		 * @return the operation
		 */
		public CreateForeignKey build() {
			return new CreateForeignKey(this.constraintName, this.sourceTable, this.referentTable, this.localCols,
					this.remoteCols, this.onupdate, this.ondelete, this.sourceSchema, this.referentSchema,
					DialectOptions.of(this.dialectOptions));
		}

	}

}
