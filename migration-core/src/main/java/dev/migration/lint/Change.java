package dev.migration.lint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;

/**
 * What one operation or SQL statement of a revision does to the schema or its rows, as the lint
 * rules see it: the same change whether a YAML operation, a Java revision or a SQL statement made
 * it. Table and column names are lower case and without schema or quotes, so rules compare them
 * case-insensitively.
 */
public sealed interface Change {

	/**
	 * Returns the line of the revision file that declares the change.
	 * @return the line, or 0 when unknown
	 */
	int line();

	/**
	 * Creates a table.
	 * @param table the table
	 * @param columns its columns and their types, in order
	 * @param line the line
	 */
	record CreateTable(String table, Map<String, ColumnType> columns, int line) implements Change {

		public CreateTable {
			Objects.requireNonNull(table, "table");
			columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		}

	}

	/**
	 * Drops a table.
	 * @param table the table
	 * @param line the line
	 */
	record DropTable(String table, int line) implements Change {
	}

	/**
	 * Renames a table.
	 * @param from the table's name before
	 * @param to its new name
	 * @param line the line
	 */
	record RenameTable(String from, String to, int line) implements Change {
	}

	/**
	 * Adds a column to a table.
	 * @param table the table
	 * @param column the column
	 * @param type its type, or {@code null} when it could not be read
	 * @param notNull whether it is {@code NOT NULL} (a primary-key column is)
	 * @param hasDefault whether it has a default
	 * @param generated whether the database fills it: identity, serial, auto-increment or a
	 * generated (computed) column
	 * @param line the line
	 */
	record AddColumn(String table, String column, @Nullable ColumnType type, boolean notNull, boolean hasDefault,
			boolean generated, int line) implements Change {
	}

	/**
	 * Drops a column.
	 * @param table the table
	 * @param column the column
	 * @param line the line
	 */
	record DropColumn(String table, String column, int line) implements Change {
	}

	/**
	 * Renames a column.
	 * @param table the table
	 * @param from the column's name before
	 * @param to its new name
	 * @param line the line
	 */
	record RenameColumn(String table, String from, String to, int line) implements Change {
	}

	/**
	 * Changes a column's type.
	 * @param table the table
	 * @param column the column
	 * @param type the new type
	 * @param previous the type before, from the operation's {@code existing_type} or from the
	 * revisions before; {@code null} when unknown
	 * @param line the line
	 */
	record ChangeType(String table, String column, ColumnType type, @Nullable ColumnType previous, int line)
			implements Change {

		/**
		 * Returns this change with the type before it.
		 * @param previous the type before
		 * @return the change
		 */
		public ChangeType withPrevious(@Nullable ColumnType previous) {
			return new ChangeType(this.table, this.column, this.type, previous, this.line);
		}

	}

	/**
	 * Makes a column {@code NOT NULL}.
	 * @param table the table
	 * @param column the column
	 * @param line the line
	 */
	record SetNotNull(String table, String column, int line) implements Change {
	}

	/**
	 * Creates an index.
	 * @param index the index, or empty when the statement names none
	 * @param table the table it indexes
	 * @param concurrently whether PostgreSQL builds it without locking writes
	 * @param line the line
	 */
	record CreateIndex(String index, String table, boolean concurrently, int line) implements Change {
	}

	/**
	 * Updates rows of a table: a data fill.
	 * @param table the table
	 * @param columns the columns set, or empty when they could not be read
	 * @param line the line
	 */
	record UpdateRows(String table, List<String> columns, int line) implements Change {

		public UpdateRows {
			columns = List.copyOf(columns);
		}

	}

}
