package dev.migration.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Changes a column: Alembic's {@code op.alter_column}. Only what is given changes; a
 * {@code null} change leaves that aspect as it is. The {@code existing_*} values describe the
 * column before the change: MySQL and MariaDB need them to restate the column, and the inverse
 * needs the ones for what changes.
 * <p>
 * As Alembic's {@code AlterColumnOp.reverse()}, the inverse swaps each change with its existing
 * value, so changing {@code type} needs {@code existingType}, {@code nullable} needs
 * {@code existingNullable}, {@code serverDefault} needs {@code existingServerDefault} and
 * {@code comment} needs {@code existingComment}. A rename is reversed by renaming back.
 *
 * @param tableName the table
 * @param columnName the column to change
 * @param nullable the new nullability, or {@code null} to leave it
 * @param serverDefault the new default ({@link Setting#NONE} drops it), or {@code null} to leave
 * it
 * @param newColumnName the new name, or {@code null} to keep the name
 * @param type the new type, or {@code null} to leave it
 * @param comment the new comment ({@link Setting#NONE} drops it), or {@code null} to leave it
 * @param existingType the type before the change, or {@code null} if not known
 * @param existingNullable the nullability before the change, or {@code null} if not known
 * @param existingServerDefault the default before the change ({@link Setting#NONE}: there was
 * none), or {@code null} if not known
 * @param existingComment the comment before the change ({@link Setting#NONE}: there was none), or
 * {@code null} if not known
 * @param schema the table's schema, or {@code null} for the default one
 * @param dialectOptions options for particular databases, such as {@code postgresql_using}
 */
public record AlterColumn(String tableName, String columnName, @Nullable Boolean nullable,
		@Nullable Setting serverDefault, @Nullable String newColumnName, @Nullable ColumnType type,
		@Nullable Setting comment, @Nullable ColumnType existingType, @Nullable Boolean existingNullable,
		@Nullable Setting existingServerDefault, @Nullable Setting existingComment, @Nullable String schema,
		DialectOptions dialectOptions) implements Reversible {

	public AlterColumn {
		Checks.name(tableName, "alter_column", "table_name");
		Checks.name(columnName, "alter_column", "column_name");
		Checks.optionalName(newColumnName, "alter_column", "new_column_name");
		Checks.optionalName(schema, "alter_column", "schema");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
		if (nullable == null && serverDefault == null && newColumnName == null && type == null && comment == null) {
			throw new IllegalArgumentException("alter_column of '" + tableName + "." + columnName
					+ "' changes nothing; give at least one of nullable, server_default, new_column_name, type, comment");
		}
	}

	/**
	 * Starts an alter_column of the given column.
	 * @param tableName the table
	 * @param columnName the column
	 * @return a builder
	 */
	public static Builder builder(String tableName, String columnName) {
		return new Builder(tableName, columnName);
	}

	@Override
	public String name() {
		return "alter_column";
	}

	@Override
	public Inverse reverse() {
		List<String> missing = new ArrayList<>();
		if (this.type != null && this.existingType == null) {
			missing.add("changing 'type' needs 'existing_type'");
		}
		if (this.nullable != null && this.existingNullable == null) {
			missing.add("changing 'nullable' needs 'existing_nullable'");
		}
		if (this.serverDefault != null && this.existingServerDefault == null) {
			missing.add("changing 'server_default' needs 'existing_server_default' (null if there was none)");
		}
		if (this.comment != null && this.existingComment == null) {
			missing.add("changing 'comment' needs 'existing_comment' (null if there was none)");
		}
		if (!missing.isEmpty()) {
			return Inverse.irreversible("alter_column of '" + this.tableName + "." + this.columnName
					+ "' does not say what the column was before: " + String.join("; ", missing));
		}
		return Inverse.reversed(new AlterColumn(this.tableName,
				(this.newColumnName != null) ? this.newColumnName : this.columnName,
				(this.nullable != null) ? this.existingNullable : null,
				(this.serverDefault != null) ? this.existingServerDefault : null,
				(this.newColumnName != null) ? this.columnName : null, (this.type != null) ? this.existingType : null,
				(this.comment != null) ? this.existingComment : null,
				(this.type != null) ? this.type : this.existingType,
				(this.nullable != null) ? this.nullable : this.existingNullable,
				(this.serverDefault != null) ? this.serverDefault : this.existingServerDefault,
				(this.comment != null) ? this.comment : this.existingComment, this.schema, this.dialectOptions));
	}

	/**
	 * Builds an {@link AlterColumn}:
	 * {@code alterColumn("sessions", "new_status", c -> c.nullable(false).existingType("string(20)"))}.
	 */
	public static final class Builder {

		private final String tableName;

		private final String columnName;

		private @Nullable Boolean nullable;

		private @Nullable Setting serverDefault;

		private @Nullable String newColumnName;

		private @Nullable ColumnType type;

		private @Nullable Setting comment;

		private @Nullable ColumnType existingType;

		private @Nullable Boolean existingNullable;

		private @Nullable Setting existingServerDefault;

		private @Nullable Setting existingComment;

		private @Nullable String schema;

		private final Map<String, Object> dialectOptions = new LinkedHashMap<>();

		private Builder(String tableName, String columnName) {
			this.tableName = tableName;
			this.columnName = columnName;
		}

		/**
		 * Changes whether the column accepts {@code NULL}.
		 * @param nullable whether it will
		 * @return this builder
		 */
		public Builder nullable(boolean nullable) {
			this.nullable = nullable;
			return this;
		}

		/**
		 * Changes the default.
		 * @param serverDefault the new default as SQL text, or {@code null} to drop it
		 * @return this builder
		 */
		public Builder serverDefault(@Nullable String serverDefault) {
			this.serverDefault = Setting.of(serverDefault);
			return this;
		}

		/**
		 * Renames the column.
		 * @param newColumnName the new name
		 * @return this builder
		 */
		public Builder newColumnName(String newColumnName) {
			this.newColumnName = newColumnName;
			return this;
		}

		/**
		 * Changes the type.
		 * @param type the new type, as {@link ColumnType#parse(String)} reads it
		 * @return this builder
		 */
		public Builder type(String type) {
			return type(ColumnType.parse(type));
		}

		/**
		 * Changes the type.
		 * @param type the new type
		 * @return this builder
		 */
		public Builder type(ColumnType type) {
			this.type = type;
			return this;
		}

		/**
		 * Changes the comment.
		 * @param comment the new comment, or {@code null} to drop it
		 * @return this builder
		 */
		public Builder comment(@Nullable String comment) {
			this.comment = Setting.of(comment);
			return this;
		}

		/**
		 * Says what the type was before.
		 * @param existingType the type, as {@link ColumnType#parse(String)} reads it
		 * @return this builder
		 */
		public Builder existingType(String existingType) {
			return existingType(ColumnType.parse(existingType));
		}

		/**
		 * Says what the type was before.
		 * @param existingType the type
		 * @return this builder
		 */
		public Builder existingType(ColumnType existingType) {
			this.existingType = existingType;
			return this;
		}

		/**
		 * Says whether the column accepted {@code NULL} before.
		 * @param existingNullable whether it did
		 * @return this builder
		 */
		public Builder existingNullable(boolean existingNullable) {
			this.existingNullable = existingNullable;
			return this;
		}

		/**
		 * Says what the default was before.
		 * @param existingServerDefault the default as SQL text, or {@code null} if there was none
		 * @return this builder
		 */
		public Builder existingServerDefault(@Nullable String existingServerDefault) {
			this.existingServerDefault = Setting.of(existingServerDefault);
			return this;
		}

		/**
		 * Says what the comment was before.
		 * @param existingComment the comment, or {@code null} if there was none
		 * @return this builder
		 */
		public Builder existingComment(@Nullable String existingComment) {
			this.existingComment = Setting.of(existingComment);
			return this;
		}

		/**
		 * Sets the table's schema.
		 * @param schema the schema, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Adds an option for a particular database.
		 * @param name the option's full name, for example {@code postgresql_using}
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
		public AlterColumn build() {
			return new AlterColumn(this.tableName, this.columnName, this.nullable, this.serverDefault,
					this.newColumnName, this.type, this.comment, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.schema,
					DialectOptions.of(this.dialectOptions));
		}

	}

}
