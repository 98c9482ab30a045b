package dev.migration.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a MariaDB or MySQL schema (the connection's database) from {@code information_schema}:
 * column types as {@code COLUMN_TYPE} spells them with their extras ({@code auto_increment},
 * {@code on update ...}) and collation, defaults, indexes with their columns, prefixes and
 * kind, constraints (primary, unique, foreign with their rules, check with its clause), views,
 * sequences, triggers and routines.
 */
final class MariaDbSchemaReader extends SchemaReader {

	private static final String HERE = " = DATABASE()";

	private final String kind;

	MariaDbSchemaReader(String kind) {
		this.kind = kind;
	}

	@Override
	void read(Connection connection, SchemaParts parts) throws SQLException {
		Map<String, String> collations = new LinkedHashMap<>();
		query(connection, "SELECT TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION FROM information_schema.TABLES"
				+ " WHERE TABLE_SCHEMA" + HERE + " AND TABLE_TYPE = 'BASE TABLE'", (rows) -> {
					parts.table(rows.getString(1), rows.getString(2));
					collations.put(rows.getString(1), rows.getString(3));
				});
		query(connection, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
				+ " COLLATION_NAME, COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA" + HERE, (rows) -> {
					String type = rows.getString(3);
					String extra = rows.getString(6);
					String collation = rows.getString(7);
					// A column's collation is worth showing only where it is not its table's.
					boolean own = collation != null && !collation.equals(collations.get(rows.getString(1)));
					type += ((extra != null && !extra.isBlank()) ? " " + extra.toLowerCase(Locale.ROOT) : "")
							+ (own ? " collate " + collation : "");
					parts.column(rows.getString(1), new SchemaSnapshot.Column(rows.getString(2), type,
							"YES".equals(rows.getString(4)), rows.getString(5), SchemaParts.blankToNull(rows.getString(8))));
				});
		readIndexes(connection, parts);
		readConstraints(connection, parts);
		query(connection, "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA" + HERE,
				(rows) -> parts.object("view", rows.getString(1), rows.getString(2)));
		query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA" + HERE
				+ " AND TABLE_TYPE = 'SEQUENCE'", (rows) -> parts.object("sequence", rows.getString(1), null));
		query(connection, "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT"
				+ " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA" + HERE,
				(rows) -> parts.object("trigger", rows.getString(1) + " on " + rows.getString(2),
						rows.getString(3) + " " + rows.getString(4) + " " + rows.getString(5)));
		query(connection, "SELECT ROUTINE_TYPE, ROUTINE_NAME, ROUTINE_DEFINITION FROM information_schema.ROUTINES"
				+ " WHERE ROUTINE_SCHEMA" + HERE, (rows) -> parts.object(
						rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2), rows.getString(3)));
	}

	private static void readIndexes(Connection connection, SchemaParts parts) throws SQLException {
		Map<String, Map<String, List<String>>> columns = new LinkedHashMap<>();
		Map<String, String> kinds = new LinkedHashMap<>();
		query(connection, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE"
				+ " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA" + HERE
				+ " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", (rows) -> {
					String table = rows.getString(1);
					String index = rows.getString(2);
					String part = rows.getString(5);
					columns.computeIfAbsent(table, (key) -> new LinkedHashMap<>())
						.computeIfAbsent(index, (key) -> new ArrayList<>())
						.add(rows.getString(4) + ((part != null) ? "(" + part + ")" : ""));
					kinds.put(table + "." + index, ((rows.getInt(3) == 0) ? "UNIQUE " : "") + rows.getString(6));
				});
		columns.forEach((table, indexes) -> indexes.forEach((index, list) -> parts.index(table, index,
				kinds.get(table + "." + index) + " (" + String.join(", ", list) + ")")));
	}

	private void readConstraints(Connection connection, SchemaParts parts) throws SQLException {
		Map<String, String> rules = new LinkedHashMap<>();
		query(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
				+ " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA" + HERE,
				(rows) -> rules.put(rows.getString(1) + "." + rows.getString(2),
						" ON UPDATE " + rows.getString(3) + " ON DELETE " + rows.getString(4)));
		Map<String, List<String>> local = new LinkedHashMap<>();
		Map<String, List<String>> remote = new LinkedHashMap<>();
		Map<String, String> referenced = new LinkedHashMap<>();
		query(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
				+ " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA" + HERE
				+ " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", (rows) -> {
					String key = rows.getString(1) + "." + rows.getString(2);
					local.computeIfAbsent(key, (k) -> new ArrayList<>()).add(rows.getString(3));
					if (rows.getString(4) != null) {
						referenced.put(key, rows.getString(4));
						remote.computeIfAbsent(key, (k) -> new ArrayList<>()).add(rows.getString(5));
					}
				});
		query(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
				+ " WHERE TABLE_SCHEMA" + HERE + " AND CONSTRAINT_TYPE <> 'CHECK'", (rows) -> {
					String key = rows.getString(1) + "." + rows.getString(2);
					String type = rows.getString(3);
					String columns = "(" + String.join(", ", local.getOrDefault(key, List.of())) + ")";
					String definition = type.equals("FOREIGN KEY") ? type + " " + columns + " REFERENCES "
							+ referenced.get(key) + " (" + String.join(", ", remote.getOrDefault(key, List.of())) + ")"
							+ rules.getOrDefault(key, "") : type + " " + columns;
					parts.constraint(rows.getString(1), rows.getString(2), definition);
				});
		// MariaDB names check constraints per table (CONSTRAINT_1 in many tables); MySQL per schema.
		String sameTable = this.kind.equals("mariadb") ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : "";
		query(connection, "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
				+ " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
				+ " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME" + sameTable
				+ " WHERE tc.TABLE_SCHEMA" + HERE + " AND tc.CONSTRAINT_TYPE = 'CHECK'",
				(rows) -> parts.constraint(rows.getString(1), rows.getString(2), "CHECK (" + rows.getString(3) + ")"));
	}

}
