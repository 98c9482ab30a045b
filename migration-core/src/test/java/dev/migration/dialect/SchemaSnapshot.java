package dev.migration.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What a database's catalog says about tables, as lines a test can compare and read: its comment, each column
 * with its type (as the catalog spells it), nullability, default, comment and autoincrement; the
 * primary key; indexes; foreign keys with their actions; check constraints. Read through JDBC
 * metadata, except the column types (each database's own catalog) and check constraints
 * ({@code information_schema.table_constraints}).
 */
final class SchemaSnapshot {

	private SchemaSnapshot() {
	}

	/**
	 * Where a schema is, in JDBC metadata terms.
	 *
	 * @param catalog the catalog argument (MariaDB's database), or {@code null}
	 * @param schema the schema argument, or {@code null}
	 */
	record Location(@Nullable String catalog, @Nullable String schema) {

		/** The schema (or MariaDB database) the tables are in, for catalog queries. */
		String container() {
			return (this.schema != null) ? this.schema : String.valueOf(this.catalog);
		}

	}

	/**
	 * What differs between the databases' catalogs.
	 */
	interface Catalog {

		/**
		 * Returns where the tables of a schema are.
		 * @param connection the connection
		 * @param schema the schema as operations name it, or {@code null} for the default one
		 * @return the location
		 * @throws SQLException if the database fails
		 */
		Location location(Connection connection, @Nullable String schema) throws SQLException;

		/**
		 * Returns a name as the catalog stores it: H2 upper-cases lower-case names.
		 * @param name the name as operations write it
		 * @return the stored name
		 */
		default String stored(String name) {
			return name;
		}

		/**
		 * Returns a name the database generated in a stable form, so that it compares equal after
		 * the object is dropped and created again.
		 * @param name the name, in lower case
		 * @return the name
		 */
		default String stable(String name) {
			return name;
		}

		/**
		 * Returns each column's type as the catalog spells it, by lower-case column name.
		 * @param connection the connection
		 * @param location where the table is
		 * @param table the table, as stored
		 * @return the types
		 * @throws SQLException if the database fails
		 */
		Map<String, String> columnTypes(Connection connection, Location location, String table) throws SQLException;

	}

	/**
	 * Describes tables.
	 * @param connection the connection
	 * @param catalog the database's catalog
	 * @param schema the schema, or {@code null}
	 * @param tables the tables, as operations name them; a missing table is described as
	 * {@code (missing)}
	 * @return the lines of each table
	 * @throws SQLException if the database fails
	 */
	static Map<String, List<String>> of(Connection connection, Catalog catalog, @Nullable String schema,
			List<String> tables) throws SQLException {
		Map<String, List<String>> snapshot = new LinkedHashMap<>();
		for (String table : tables) {
			snapshot.put(table, describe(connection, catalog, schema, table));
		}
		return snapshot;
	}

	/**
	 * Describes a table.
	 * @param connection the connection
	 * @param catalog the database's catalog
	 * @param schema the schema, or {@code null}
	 * @param table the table, as operations name it
	 * @return the lines, or {@code (missing)}
	 * @throws SQLException if the database fails
	 */
	static List<String> describe(Connection connection, Catalog catalog, @Nullable String schema, String table)
			throws SQLException {
		Location location = catalog.location(connection, schema);
		DatabaseMetaData metadata = connection.getMetaData();
		String stored = catalog.stored(table);
		List<String> lines = new ArrayList<>();
		Map<String, String> types = catalog.columnTypes(connection, location, stored);
		try (ResultSet columns = metadata.getColumns(location.catalog(), location.schema(), stored, "%")) {
			while (columns.next()) {
				String name = lower(columns.getString("COLUMN_NAME"));
				String remarks = columns.getString("REMARKS");
				String defaultValue = columns.getString("COLUMN_DEF");
				lines.add("column " + name + " " + types.get(name)
						+ ("YES".equals(columns.getString("IS_NULLABLE")) ? " null" : " not null")
						+ ((defaultValue != null && !defaultValue.equalsIgnoreCase("NULL")) ? " default " + defaultValue : "")
						+ ("YES".equals(columns.getString("IS_AUTOINCREMENT")) ? " autoincrement" : "")
						+ ((remarks != null && !remarks.isEmpty()) ? " comment '" + remarks + "'" : ""));
			}
		}
		if (lines.isEmpty()) {
			return List.of("(missing)");
		}
		try (ResultSet tables = metadata.getTables(location.catalog(), location.schema(), stored, null)) {
			String remarks = tables.next() ? tables.getString("REMARKS") : null;
			if (remarks != null && !remarks.isEmpty()) {
				lines.add(0, "comment '" + remarks + "'");
			}
		}
		Map<Short, String> key = new TreeMap<>();
		try (ResultSet primaryKey = metadata.getPrimaryKeys(location.catalog(), location.schema(), stored)) {
			while (primaryKey.next()) {
				key.put(primaryKey.getShort("KEY_SEQ"), lower(primaryKey.getString("COLUMN_NAME")));
			}
		}
		if (!key.isEmpty()) {
			lines.add("primary key (" + String.join(", ", key.values()) + ")");
		}
		lines.addAll(indexes(metadata, catalog, location, stored));
		lines.addAll(foreignKeys(metadata, catalog, location, stored));
		lines.addAll(checks(connection, catalog, location, stored));
		return lines;
	}

	private static List<String> indexes(DatabaseMetaData metadata, Catalog catalog, Location location, String table)
			throws SQLException {
		Map<String, Map<Short, String>> columns = new TreeMap<>();
		Map<String, Boolean> unique = new TreeMap<>();
		try (ResultSet index = metadata.getIndexInfo(location.catalog(), location.schema(), table, false, false)) {
			while (index.next()) {
				String name = index.getString("INDEX_NAME");
				if (name == null || index.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
					continue;
				}
				String stableName = catalog.stable(lower(name));
				columns.computeIfAbsent(stableName, (n) -> new TreeMap<>())
					.put(index.getShort("ORDINAL_POSITION"), lower(index.getString("COLUMN_NAME")));
				unique.put(stableName, !index.getBoolean("NON_UNIQUE"));
			}
		}
		List<String> lines = new ArrayList<>();
		columns.forEach((name, cols) -> lines.add((unique.get(name) ? "unique index " : "index ") + name + " ("
				+ String.join(", ", cols.values()) + ")"));
		return lines;
	}

	private static List<String> foreignKeys(DatabaseMetaData metadata, Catalog catalog, Location location,
			String table) throws SQLException {
		Map<String, List<String>> local = new TreeMap<>();
		Map<String, List<String>> remote = new TreeMap<>();
		Map<String, String> rest = new TreeMap<>();
		try (ResultSet key = metadata.getImportedKeys(location.catalog(), location.schema(), table)) {
			while (key.next()) {
				String name = catalog.stable(lower(String.valueOf(key.getString("FK_NAME"))));
				local.computeIfAbsent(name, (n) -> new ArrayList<>()).add(lower(key.getString("FKCOLUMN_NAME")));
				remote.computeIfAbsent(name, (n) -> new ArrayList<>()).add(lower(key.getString("PKCOLUMN_NAME")));
				rest.put(name, lower(key.getString("PKTABLE_NAME")) + " on delete " + rule(key.getShort("DELETE_RULE"))
						+ " on update " + rule(key.getShort("UPDATE_RULE")));
			}
		}
		List<String> lines = new ArrayList<>();
		local.forEach((name, cols) -> {
			String[] target = rest.get(name).split(" ", 2);
			lines.add("foreign key " + name + " (" + String.join(", ", cols) + ") references " + target[0] + " ("
					+ String.join(", ", remote.get(name)) + ") " + target[1]);
		});
		return lines;
	}

	private static String rule(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "cascade";
			case DatabaseMetaData.importedKeySetNull -> "set null";
			case DatabaseMetaData.importedKeySetDefault -> "set default";
			case DatabaseMetaData.importedKeyRestrict -> "restrict";
			default -> "no action";
		};
	}

	private static List<String> checks(Connection connection, Catalog catalog, Location location, String table)
			throws SQLException {
		List<String> lines = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT constraint_name FROM"
				+ " information_schema.table_constraints WHERE constraint_type = 'CHECK' AND table_schema = ?"
				+ " AND table_name = ? ORDER BY constraint_name")) {
			query.setString(1, location.container());
			query.setString(2, table);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					String name = lower(result.getString(1));
					// PostgreSQL lists each NOT NULL as a check constraint.
					if (!name.endsWith("_not_null")) {
						lines.add("check " + catalog.stable(name));
					}
				}
			}
		}
		return lines;
	}

	/**
	 * Returns the rows of a query of two columns as a map from the first to the second, for
	 * catalogs that tell a column's type by its name.
	 * @param connection the connection
	 * @param sql the query
	 * @param parameters its parameters
	 * @return the map, in the rows' order
	 * @throws SQLException if the database fails
	 */
	static Map<String, String> pairs(Connection connection, String sql, String... parameters) throws SQLException {
		Map<String, String> pairs = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					pairs.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		return pairs;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
