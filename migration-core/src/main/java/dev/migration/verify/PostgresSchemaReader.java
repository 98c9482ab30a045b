package dev.migration.verify;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a PostgreSQL schema ({@code current_schema()}) from {@code pg_catalog}: column types as
 * {@code format_type} spells them, defaults, identity and generated columns, every index as
 * {@code pg_get_indexdef} writes it (uniqueness, method, expressions, predicate, validity), every
 * constraint as {@code pg_get_constraintdef} writes it (check clauses included), views,
 * stand-alone sequences, enum and domain types, functions and triggers.
 */
final class PostgresSchemaReader extends SchemaReader {

	private static final String IN_SCHEMA = " JOIN pg_namespace n ON n.oid = c.relnamespace"
			+ " WHERE n.nspname = current_schema()";

	@Override
	void read(Connection connection, SchemaParts parts) throws SQLException {
		String schema = single(connection, "SELECT current_schema()");
		query(connection, "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c" + IN_SCHEMA
				+ " AND c.relkind IN ('r', 'p')", (rows) -> parts.table(rows.getString(1), rows.getString(2)));
		query(connection, "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
				+ " pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, col_description(c.oid, a.attnum)"
				+ " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
				+ " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum" + IN_SCHEMA
				+ " AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped", (rows) -> {
					String expression = rows.getString(5);
					String identity = rows.getString(6);
					String generated = rows.getString(7);
					String defaultValue = expression;
					if ("a".equals(identity) || "d".equals(identity)) {
						defaultValue = "generated " + ("a".equals(identity) ? "always" : "by default") + " as identity";
					}
					else if ("s".equals(generated)) {
						defaultValue = "generated always as (" + expression + ") stored";
					}
					parts.column(rows.getString(1), new SchemaSnapshot.Column(rows.getString(2), rows.getString(3),
							!rows.getBoolean(4), defaultValue, SchemaParts.blankToNull(rows.getString(8))));
				});
		query(connection, "SELECT c.relname, i.relname, pg_get_indexdef(i.oid), x.indisvalid FROM pg_index x"
				+ " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid" + IN_SCHEMA,
				(rows) -> parts.index(rows.getString(1), rows.getString(2),
						unqualified(rows.getString(3), schema) + (rows.getBoolean(4) ? "" : " (INVALID)")));
		query(connection, "SELECT c.relname, co.conname, pg_get_constraintdef(co.oid) FROM pg_constraint co"
				+ " JOIN pg_class c ON c.oid = co.conrelid" + IN_SCHEMA,
				(rows) -> parts.constraint(rows.getString(1), rows.getString(2), unqualified(rows.getString(3), schema)));
		readObjects(connection, parts, schema);
	}

	private static void readObjects(Connection connection, SchemaParts parts, String schema) throws SQLException {
		query(connection, "SELECT c.relname, c.relkind, pg_get_viewdef(c.oid) FROM pg_class c" + IN_SCHEMA
				+ " AND c.relkind IN ('v', 'm')", (rows) -> parts.object(
						"m".equals(rows.getString(2)) ? "materialized view" : "view", rows.getString(1), rows.getString(3)));
		// Sequences of serial and identity columns belong to their columns, which say so.
		query(connection, "SELECT c.relname, format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment '"
				+ " || s.seqincrement FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid" + IN_SCHEMA
				+ " AND c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
				+ " AND d.objid = c.oid AND d.deptype IN ('a', 'i'))",
				(rows) -> parts.object("sequence", rows.getString(1), rows.getString(2)));
		query(connection, "SELECT t.typname, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)"
				+ " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
				+ " WHERE n.nspname = current_schema() GROUP BY t.typname",
				(rows) -> parts.object("type", rows.getString(1), "enum (" + rows.getString(2) + ")"));
		query(connection, "SELECT t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull FROM pg_type t"
				+ " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() AND t.typtype = 'd'",
				(rows) -> parts.object("domain", rows.getString(1),
						rows.getString(2) + (rows.getBoolean(3) ? " not null" : "")));
		query(connection, "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',"
				+ " 'returns ' || coalesce(pg_get_function_result(p.oid), 'nothing') || ', body md5 '"
				+ " || left(md5(p.prosrc), 12) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
				+ " WHERE n.nspname = current_schema() AND p.prokind IN ('f', 'p') AND NOT EXISTS (SELECT 1 FROM pg_depend d"
				+ " WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')",
				(rows) -> parts.object("function", rows.getString(1), rows.getString(2)));
		query(connection, "SELECT t.tgname || ' on ' || c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t"
				+ " JOIN pg_class c ON c.oid = t.tgrelid" + IN_SCHEMA + " AND NOT t.tgisinternal",
				(rows) -> parts.object("trigger", rows.getString(1), unqualified(rows.getString(2), schema)));
	}

	/** Drops the schema from names {@code pg_get_*def} qualifies, so that definitions read as written. */
	private static String unqualified(String definition, String schema) {
		return definition.replace(" " + schema + ".", " ").replace("(" + schema + ".", "(");
	}

}
