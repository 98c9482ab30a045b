package dev.migration.verify;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialects;

/**
 * Reads a schema from JDBC metadata alone: tables, columns, indexes, primary and foreign keys,
 * view names. What H2 and unknown databases get; PostgreSQL and MariaDB read their catalogs
 * instead, which tell more (check constraints, partial indexes, defaults as the database keeps
 * them, functions and triggers).
 */
class SchemaReader {

	/** JDBC types whose size is part of the type: {@code VARCHAR(20)}, {@code DECIMAL(10, 2)}. */
	private static final Set<Integer> SIZED = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
			Types.BINARY, Types.VARBINARY, Types.DECIMAL, Types.NUMERIC);

	/** Names H2 gives the indexes behind constraints, with a counter that changes on every create. */
	private static final String H2_CONSTRAINT_INDEX = "(?i)(PRIMARY_KEY|CONSTRAINT_INDEX|FK_INDEX)_[0-9A-F]+";

	static SchemaReader of(Connection connection) throws SQLException {
		String kind;
		try {
			kind = Dialects.of(connection).kind();
		}
		catch (MigrationException ex) {
			kind = "";
		}
		return switch (kind) {
			case "postgresql" -> new PostgresSchemaReader();
			case "mariadb", "mysql" -> new MariaDbSchemaReader(kind);
			default -> new SchemaReader();
		};
	}

	SchemaSnapshot read(Connection connection, Collection<String> excludedTables) throws SQLException {
		SchemaParts parts = new SchemaParts(excludedTables);
		read(connection, parts);
		return parts.snapshot();
	}

	void read(Connection connection, SchemaParts parts) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String catalog = connection.getCatalog();
		String schema = escape(metaData, connection.getSchema());
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = metaData.getTables(catalog, schema, "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rows.next()) {
				String table = rows.getString("TABLE_NAME");
				parts.table(table, rows.getString("REMARKS"));
				if (!parts.isExcluded(table)) {
					tables.add(table);
				}
			}
		}
		try (ResultSet rows = metaData.getColumns(catalog, schema, "%", "%")) {
			while (rows.next()) {
				String column = rows.getString("COLUMN_NAME");
				String type = rows.getString("TYPE_NAME");
				if (SIZED.contains(rows.getInt("DATA_TYPE"))) {
					int digits = rows.getInt("DECIMAL_DIGITS");
					type += "(" + rows.getInt("COLUMN_SIZE") + (rows.wasNull() || digits == 0 ? "" : ", " + digits) + ")";
				}
				if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
					type += " auto-increment";
				}
				parts.column(rows.getString("TABLE_NAME"), new SchemaSnapshot.Column(column, type,
						!"NO".equals(rows.getString("IS_NULLABLE")), rows.getString("COLUMN_DEF"), SchemaParts
							.blankToNull(rows.getString("REMARKS"))));
			}
		}
		for (String table : tables) {
			readIndexes(metaData, catalog, connection.getSchema(), table, parts);
			readKeys(metaData, catalog, connection.getSchema(), table, parts);
		}
		try (ResultSet rows = metaData.getTables(catalog, schema, "%", new String[] { "VIEW" })) {
			while (rows.next()) {
				parts.object("view", rows.getString("TABLE_NAME"), null);
			}
		}
	}

	private static void readIndexes(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String schema,
			String table, SchemaParts parts) throws SQLException {
		Map<String, List<String>> columns = new TreeMap<>();
		Map<String, Boolean> unique = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getIndexInfo(catalog, schema, table, false, false)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				if (name == null || name.matches(H2_CONSTRAINT_INDEX)) {
					continue;
				}
				unique.put(name, !rows.getBoolean("NON_UNIQUE"));
				String column = rows.getString("COLUMN_NAME");
				String order = rows.getString("ASC_OR_DESC");
				columns.computeIfAbsent(name, (key) -> new ArrayList<>())
					.add(column + ("D".equals(order) ? " DESC" : ""));
			}
		}
		columns.forEach((name, list) -> parts.index(table, name,
				(unique.get(name) ? "UNIQUE " : "") + "(" + String.join(", ", list) + ")"));
	}

	private static void readKeys(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String schema,
			String table, SchemaParts parts) throws SQLException {
		Map<Short, String> primaryKey = new TreeMap<>();
		String primaryKeyName = null;
		try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, table)) {
			while (rows.next()) {
				primaryKey.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
				primaryKeyName = rows.getString("PK_NAME");
			}
		}
		if (!primaryKey.isEmpty()) {
			// Keyed by kind, not by name: H2 names unnamed keys with a counter.
			parts.constraint(table, "primary key", "PRIMARY KEY (" + String.join(", ", primaryKey.values()) + ")"
					+ ((primaryKeyName != null && !primaryKeyName.matches("(?i)CONSTRAINT_[0-9A-F]+"))
							? " named " + primaryKeyName : ""));
		}
		Map<String, ForeignKey> foreignKeys = new TreeMap<>();
		try (ResultSet rows = metaData.getImportedKeys(catalog, schema, table)) {
			while (rows.next()) {
				ForeignKey key = foreignKeys.computeIfAbsent(rows.getString("FK_NAME"),
						(name) -> new ForeignKey(new ArrayList<>(), new ArrayList<>()));
				key.local().add(rows.getString("FKCOLUMN_NAME"));
				key.remote().add(rows.getString("PKCOLUMN_NAME"));
				parts.constraint(table, rows.getString("FK_NAME"), "FOREIGN KEY (" + String.join(", ", key.local())
						+ ") REFERENCES " + rows.getString("PKTABLE_NAME") + " (" + String.join(", ", key.remote())
						+ ") ON DELETE " + rule(rows.getShort("DELETE_RULE")) + " ON UPDATE "
						+ rule(rows.getShort("UPDATE_RULE")));
			}
		}
	}

	/** The columns of a foreign key, as its rows come. */
	private record ForeignKey(List<String> local, List<String> remote) {
	}

	private static String rule(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "CASCADE";
			case DatabaseMetaData.importedKeySetNull -> "SET NULL";
			case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
			case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
			default -> "NO ACTION";
		};
	}

	/** Escapes a name for a metadata pattern, where {@code _} and {@code %} are wildcards. */
	static @Nullable String escape(DatabaseMetaData metaData, @Nullable String name) throws SQLException {
		if (name == null) {
			return null;
		}
		String escape = metaData.getSearchStringEscape();
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

	/** Reads one row of a query. */
	@FunctionalInterface
	interface Row {

		void read(ResultSet rows) throws SQLException;

	}

	static void query(Connection connection, String sql, Row row) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				row.read(rows);
			}
		}
	}

	static String single(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getString(1);
		}
	}

}
