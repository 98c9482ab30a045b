package dev.migration.verify;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Collects the parts of a schema as a {@link SchemaReader} reads them, leaving out the excluded
 * tables and whatever belongs to them.
 */
final class SchemaParts {

	private final Set<String> excluded = new HashSet<>();

	private final Map<String, @Nullable String> comments = new TreeMap<>();

	private final Map<String, Map<String, SchemaSnapshot.Column>> columns = new TreeMap<>();

	private final Map<String, Map<String, String>> indexes = new TreeMap<>();

	private final Map<String, Map<String, String>> constraints = new TreeMap<>();

	private final Map<String, String> objects = new TreeMap<>();

	SchemaParts(Collection<String> excludedTables) {
		excludedTables.forEach((table) -> this.excluded.add(table.toLowerCase(Locale.ROOT)));
	}

	boolean isExcluded(String table) {
		return this.excluded.contains(table.toLowerCase(Locale.ROOT));
	}

	void table(String table, @Nullable String comment) {
		if (!isExcluded(table)) {
			this.comments.put(table, blankToNull(comment));
			this.columns.put(table, new TreeMap<>());
			this.indexes.put(table, new TreeMap<>());
			this.constraints.put(table, new TreeMap<>());
		}
	}

	void column(String table, SchemaSnapshot.Column column) {
		Map<String, SchemaSnapshot.Column> of = this.columns.get(table);
		if (of != null) {
			of.put(column.name(), column);
		}
	}

	void index(String table, String name, String definition) {
		Map<String, String> of = this.indexes.get(table);
		if (of != null) {
			of.put(name, definition);
		}
	}

	void constraint(String table, String name, String definition) {
		Map<String, String> of = this.constraints.get(table);
		if (of != null) {
			of.put(name, definition);
		}
	}

	/**
	 * Adds another object.
	 * @param kind its kind, as users say it: {@code view}, {@code sequence}, {@code trigger}
	 * @param name its name
	 * @param definition what it is, as the database tells
	 */
	void object(String kind, String name, @Nullable String definition) {
		this.objects.put(kind + " " + name, (definition != null) ? definition.strip() : "");
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	SchemaSnapshot snapshot() {
		Map<String, SchemaSnapshot.Table> tables = new TreeMap<>();
		this.comments.forEach((table, comment) -> tables.put(table, new SchemaSnapshot.Table(table, comment,
				new TreeMap<>(this.columns.get(table)), new TreeMap<>(this.indexes.get(table)),
				new TreeMap<>(this.constraints.get(table)))));
		return new SchemaSnapshot(new TreeMap<>(tables), new TreeMap<>(this.objects));
	}

}
