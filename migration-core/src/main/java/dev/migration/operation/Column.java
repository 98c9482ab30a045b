package dev.migration.operation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column definition, SQLAlchemy's {@code Column}: what {@link AddColumn} adds, what
 * {@link CreateTable} creates, and what a reversible {@link DropColumn} or {@link DropTable}
 * remembers.
 *
 * @param name the column's name
 * @param type the column's type
 * @param nullable whether the column accepts {@code NULL}; as in SQLAlchemy it defaults to
 * {@code true}, except for primary-key columns
 * @param primaryKey whether the column is (part of) the primary key
 * @param serverDefault the column's default, as SQL text put verbatim after {@code DEFAULT}:
 * {@code CURRENT_TIMESTAMP}, {@code 0}, or {@code 'active'} (with the quotes) for a string; or
 * {@code null} for none
 * @param unique whether the column has a unique constraint of its own
 * @param comment the column's comment, or {@code null}
 * @param autoincrement whether the column takes its values from a sequence or identity;
 * {@code null} lets the dialect decide, as SQLAlchemy's {@code "auto"} does (an integer
 * primary-key column on its own)
 * @param dialectOptions options for particular databases
 */
public record Column(String name, ColumnType type, boolean nullable, boolean primaryKey, @Nullable String serverDefault,
		boolean unique, @Nullable String comment, @Nullable Boolean autoincrement, DialectOptions dialectOptions) {

	public Column {
		Checks.name(name, "column", "name");
		Objects.requireNonNull(type, () -> "column '" + name + "' needs a 'type'");
		Objects.requireNonNull(dialectOptions, "dialectOptions");
	}

	/**
	 * Starts a column definition.
	 * @param name the column's name
	 * @param type the column's type, as {@link ColumnType#parse(String)} reads it
	 * @return a builder
	 */
	public static Builder builder(String name, String type) {
		return new Builder(name, ColumnType.parse(type));
	}

	/**
	 * Starts a column definition.
	 * @param name the column's name
	 * @param type the column's type
	 * @return a builder
	 */
	public static Builder builder(String name, ColumnType type) {
		return new Builder(name, type);
	}

	/**
	 * Builds a {@link Column}: {@code column("new_status", "string(20)").nullable(true)}.
	 */
	public static final class Builder {

		private final String name;

		private ColumnType type;

		private @Nullable Boolean nullable;

		private boolean primaryKey;

		private @Nullable String serverDefault;

		private boolean unique;

		private @Nullable String comment;

		private @Nullable Boolean autoincrement;

		private final Map<String, Object> dialectOptions = new LinkedHashMap<>();

		private Builder(String name, ColumnType type) {
			this.name = name;
			this.type = type;
		}

		/**
		 * Sets the type.
		 * @param type the type, as {@link ColumnType#parse(String)} reads it
		 * @return this builder
		 */
		public Builder type(String type) {
			this.type = ColumnType.parse(type);
			return this;
		}

		/**
		 * Sets the type.
		 * @param type the type
		 * @return this builder
		 */
		public Builder type(ColumnType type) {
			this.type = type;
			return this;
		}

		/**
		 * Sets whether the column accepts {@code NULL}; by default it does unless it is a
		 * primary-key column.
		 * @param nullable whether it accepts {@code NULL}
		 * @return this builder
		 */
		public Builder nullable(boolean nullable) {
			this.nullable = nullable;
			return this;
		}

		/**
		 * Sets whether the column is (part of) the primary key.
		 * @param primaryKey whether it is
		 * @return this builder
		 */
		public Builder primaryKey(boolean primaryKey) {
			this.primaryKey = primaryKey;
			return this;
		}

		/**
		 * Sets the default, as SQL text: {@code CURRENT_TIMESTAMP}, {@code 0}, {@code 'active'}.
		 * @param serverDefault the default, or {@code null} for none
		 * @return this builder
		 */
		public Builder serverDefault(@Nullable String serverDefault) {
			this.serverDefault = serverDefault;
			return this;
		}

		/**
		 * Sets whether the column has a unique constraint of its own.
		 * @param unique whether it has
		 * @return this builder
		 */
		public Builder unique(boolean unique) {
			this.unique = unique;
			return this;
		}

		/**
		 * Sets the comment.
		 * @param comment the comment, or {@code null} for none
		 * @return this builder
		 */
		public Builder comment(@Nullable String comment) {
			this.comment = comment;
			return this;
		}

		/**
		 * Sets whether the column takes its values from a sequence or identity.
		 * @param autoincrement whether it does, or {@code null} to let the dialect decide
		 * @return this builder
		 */
		public Builder autoincrement(@Nullable Boolean autoincrement) {
			this.autoincrement = autoincrement;
			return this;
		}

		/**
		 * Adds an option for a particular database.
		 * @param name the option's full name, for example {@code mysql_charset}
		 * @param value its value
		 * @return this builder
		 */
		public Builder dialectOption(String name, Object value) {
			this.dialectOptions.put(name, value);
			return this;
		}

		/**
		 * Builds the column.
		 * @return the column
		 */
		public Column build() {
			boolean isNullable = (this.nullable != null) ? this.nullable : !this.primaryKey;
			return new Column(this.name, this.type, isNullable, this.primaryKey, this.serverDefault, this.unique,
					this.comment, this.autoincrement, DialectOptions.of(this.dialectOptions));
		}

	}

}
