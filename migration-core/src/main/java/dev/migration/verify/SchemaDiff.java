package dev.migration.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What differs between the schema expected and the schema found, one readable line per
 * difference: {@code column sessions.status: type character varying(20) after the downgrade,
 * character varying(50) before the upgrade}.
 *
 * @param differences the differences, table by table, then the other objects
 */
public record SchemaDiff(List<String> differences) {

	public SchemaDiff {
		differences = List.copyOf(differences);
	}

	/**
	 * Compares two snapshots.
	 * @param expected the schema expected
	 * @param actual the schema found
	 * @param expectedWhen when the expected schema was captured, for messages: {@code before the
	 * upgrade}
	 * @param actualWhen when the schema found was captured: {@code after the downgrade}
	 * @return the differences; empty when the schemas are the same
	 */
	public static SchemaDiff between(SchemaSnapshot expected, SchemaSnapshot actual, String expectedWhen,
			String actualWhen) {
		return new Comparison(expectedWhen, actualWhen).compare(expected, actual);
	}

	/**
	 * Whether the schemas are the same.
	 * @return whether there is no difference
	 */
	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	/**
	 * Describes the differences, one per line, each starting with {@code "  - "}.
	 * @return the description
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (String difference : this.differences) {
			text.append("  - ").append(difference).append('\n');
		}
		return text.toString().stripTrailing();
	}

	@Override
	public String toString() {
		return describe();
	}

	private static final class Comparison {

		private final String expectedWhen;

		private final String actualWhen;

		private final List<String> differences = new ArrayList<>();

		Comparison(String expectedWhen, String actualWhen) {
			this.expectedWhen = expectedWhen;
			this.actualWhen = actualWhen;
		}

		SchemaDiff compare(SchemaSnapshot expected, SchemaSnapshot actual) {
			for (String name : union(expected.tables(), actual.tables())) {
				SchemaSnapshot.Table before = expected.tables().get(name);
				SchemaSnapshot.Table after = actual.tables().get(name);
				if (presence("table " + name, before, after)) {
					table(Objects.requireNonNull(before), Objects.requireNonNull(after));
				}
			}
			definitions("", expected.objects(), actual.objects(), "");
			return new SchemaDiff(this.differences);
		}

		private void table(SchemaSnapshot.Table before, SchemaSnapshot.Table after) {
			String table = before.name();
			change("table " + table, "comment", before.comment(), after.comment());
			for (String name : union(before.columns(), after.columns())) {
				SchemaSnapshot.Column expected = before.columns().get(name);
				SchemaSnapshot.Column actual = after.columns().get(name);
				String subject = "column " + table + "." + name;
				if (presence(subject, expected, actual)) {
					column(subject, Objects.requireNonNull(expected), Objects.requireNonNull(actual));
				}
			}
			definitions("index ", before.indexes(), after.indexes(), " on " + table);
			definitions("constraint ", before.constraints(), after.constraints(), " on " + table);
		}

		private void column(String subject, SchemaSnapshot.Column expected, SchemaSnapshot.Column actual) {
			change(subject, "type", expected.type(), actual.type());
			if (expected.nullable() != actual.nullable()) {
				this.differences.add(subject + ": " + nullability(actual.nullable()) + " " + this.actualWhen + ", "
						+ nullability(expected.nullable()) + " " + this.expectedWhen);
			}
			change(subject, "default", expected.defaultValue(), actual.defaultValue());
			change(subject, "comment", expected.comment(), actual.comment());
		}

		private static String nullability(boolean nullable) {
			return nullable ? "nullable" : "NOT NULL";
		}

		/**
		 * Compares named definitions (indexes, constraints, other objects).
		 */
		private void definitions(String kind, Map<String, String> expected, Map<String, String> actual, String owner) {
			for (String name : union(expected, actual)) {
				String before = expected.get(name);
				String after = actual.get(name);
				String subject = kind + name + owner;
				if (before == null) {
					this.differences.add(subject + ": exists " + this.actualWhen + ", not " + this.expectedWhen
							+ described(after));
				}
				else if (after == null) {
					this.differences.add(subject + ": missing " + this.actualWhen + " (" + this.expectedWhen
							+ (before.isEmpty() ? "" : ": " + before) + ")");
				}
				else if (!before.equals(after)) {
					this.differences.add(subject + ": " + after + " " + this.actualWhen + ", " + before + " "
							+ this.expectedWhen);
				}
			}
		}

		private static String described(@Nullable String definition) {
			return (definition == null || definition.isEmpty()) ? "" : " (" + definition + ")";
		}

		/**
		 * Reports a thing present on one side only; returns whether it is on both sides.
		 */
		private boolean presence(String subject, @Nullable Object expected, @Nullable Object actual) {
			if (expected == null) {
				this.differences.add(subject + ": exists " + this.actualWhen + ", not " + this.expectedWhen);
				return false;
			}
			if (actual == null) {
				this.differences.add(subject + ": missing " + this.actualWhen + " (it existed " + this.expectedWhen + ")");
				return false;
			}
			return true;
		}

		private void change(String subject, String aspect, @Nullable String expected, @Nullable String actual) {
			if (!Objects.equals(expected, actual)) {
				this.differences.add(subject + ": " + aspect + " " + shown(actual) + " " + this.actualWhen + ", "
						+ shown(expected) + " " + this.expectedWhen);
			}
		}

		private static String shown(@Nullable String value) {
			return (value != null) ? value : "none";
		}

		private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
			TreeSet<String> names = new TreeSet<>(a.keySet());
			names.addAll(b.keySet());
			return names;
		}

	}

}
