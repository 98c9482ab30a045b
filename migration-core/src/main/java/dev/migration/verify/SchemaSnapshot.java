package dev.migration.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The schema of one database schema at one moment, as far as revisions change it: tables with
 * their columns (type, nullability, default, comment), indexes and constraints, and the other
 * objects revisions create (views, sequences, types, functions, triggers), each by a definition
 * the database gives. Column order is not part of it: a downgrade that re-adds a dropped column
 * puts it last, and that is not a difference worth failing for.
 *
 * @param tables the tables by name
 * @param objects the other objects, by kind and name ({@code view active_sessions}), with their
 * definitions
 */
public record SchemaSnapshot(SortedMap<String, Table> tables, SortedMap<String, String> objects) {

	public SchemaSnapshot {
		tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
		objects = Collections.unmodifiableSortedMap(new TreeMap<>(objects));
	}

	/**
	 * Captures the schema a connection works in (PostgreSQL's {@code current_schema()}, the
	 * MariaDB database, H2's schema), from JDBC metadata and the database's catalog.
	 * @param connection the connection
	 * @param excludedTables tables to leave out, compared case-insensitively: the version table,
	 * the revision log, the lock table
	 * @return the snapshot
	 * @throws SQLException if the database fails
	 */
	public static SchemaSnapshot capture(Connection connection, Collection<String> excludedTables) throws SQLException {
		return SchemaReader.of(connection).read(connection, excludedTables);
	}

	/**
	 * Whether the schema holds nothing: no table, no other object.
	 * @return whether it is empty
	 */
	public boolean isEmpty() {
		return this.tables.isEmpty() && this.objects.isEmpty();
	}

	/**
	 * A table.
	 *
	 * @param name the table's name
	 * @param comment its comment, or {@code null}
	 * @param columns its columns by name
	 * @param indexes its indexes by name, with their definitions
	 * @param constraints its constraints by name, with their definitions
	 */
	public record Table(String name, @Nullable String comment, SortedMap<String, Column> columns,
			SortedMap<String, String> indexes, SortedMap<String, String> constraints) {

		public Table {
			Objects.requireNonNull(name, "name");
			columns = Collections.unmodifiableSortedMap(new TreeMap<>(columns));
			indexes = Collections.unmodifiableSortedMap(new TreeMap<>(indexes));
			constraints = Collections.unmodifiableSortedMap(new TreeMap<>(constraints));
		}

	}

	/**
	 * A column.
	 *
	 * @param name the column's name
	 * @param type its type as the database spells it, for example {@code character varying(20)}
	 * @param nullable whether it accepts {@code NULL}
	 * @param defaultValue its default as the database gives it, or {@code null} for none
	 * @param comment its comment, or {@code null}
	 */
	public record Column(String name, String type, boolean nullable, @Nullable String defaultValue,
			@Nullable String comment) {

		public Column {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(type, "type");
		}

	}

}
