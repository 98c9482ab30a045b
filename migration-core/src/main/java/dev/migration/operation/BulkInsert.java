package dev.migration.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Inserts rows: Alembic's {@code op.bulk_insert}. It cannot be reversed: the rows are data, and
 * removing them (or not) is the downgrade's author's decision.
 * <p>
 * Values are plain Java values: {@code null}, {@link Boolean}, {@link Number}, {@link String}, or
 * anything the JDBC driver accepts. YAML revisions give strings, booleans, {@link Long} or
 * {@link java.math.BigInteger} for whole numbers and {@link java.math.BigDecimal} for decimals;
 * dates and times stay strings, which the database converts.
 *
 * @param tableName the table
 * @param rows the rows, each an ordered map from column name to value
 * @param schema the table's schema, or {@code null} for the default one
 */
public record BulkInsert(String tableName, List<Map<String, @Nullable Object>> rows, @Nullable String schema)
		implements Reversible {

	public BulkInsert {
		Checks.name(tableName, "bulk_insert", "table_name");
		if (rows == null) {
			throw new IllegalArgumentException("bulk_insert needs 'rows'");
		}
		List<Map<String, @Nullable Object>> copies = new ArrayList<>();
		for (Map<String, @Nullable Object> row : rows) {
			if (row == null || row.isEmpty()) {
				throw new IllegalArgumentException("row " + (copies.size() + 1) + " of bulk_insert into '" + tableName
						+ "' has no columns");
			}
			row.keySet().forEach((column) -> Checks.name(column, "bulk_insert", "rows"));
			copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
		}
		rows = Collections.unmodifiableList(copies);
		Checks.optionalName(schema, "bulk_insert", "schema");
	}

	/**
	 * Inserts rows into a table in the default schema.
	 * @param tableName the table
	 * @param rows the rows
	 */
	public BulkInsert(String tableName, List<Map<String, @Nullable Object>> rows) {
		this(tableName, rows, null);
	}

	@Override
	public String name() {
		return "bulk_insert";
	}

	@Override
	public Inverse reverse() {
		return Inverse.irreversible("bulk_insert into '" + this.tableName
				+ "' inserts data, and removing it is for a hand-written downgrade to decide");
	}

}
