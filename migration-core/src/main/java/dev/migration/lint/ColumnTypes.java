package dev.migration.lint;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migration.operation.ColumnType;

/**
 * Reads the type of a column as SQL writes it into a {@link ColumnType}, leniently: the
 * database's own names for the portable kinds ({@code int4}, {@code serial}, MariaDB's
 * {@code int(11)}) become those kinds, anything else is kept as a raw type.
 */
final class ColumnTypes {

	/** Database spellings of portable kinds that {@link ColumnType#parse} keeps raw. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("int4", "integer"),
			Map.entry("int8", "bigint"), Map.entry("int2", "smallint"), Map.entry("serial", "integer"),
			Map.entry("serial4", "integer"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
			Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"), Map.entry("float8", "double"),
			Map.entry("real", "float(24)"), Map.entry("float4", "float(24)"), Map.entry("character", "raw"),
			Map.entry("char varying", "varchar"));

	/** MariaDB's display widths, which change nothing: {@code int(11)}, {@code bigint(20)}. */
	private static final Pattern DISPLAY_WIDTH = Pattern.compile("(integer|int|bigint|smallint)\\s*\\(\\s*\\d+\\s*\\)");

	private ColumnTypes() {
	}

	/**
	 * Reads a type.
	 * @param text the type as written, in any case
	 * @return the type
	 */
	static ColumnType read(String text) {
		String written = text.strip().replaceAll("\\s+", " ");
		String lower = written.toLowerCase(Locale.ROOT);
		Matcher width = DISPLAY_WIDTH.matcher(lower);
		if (width.matches()) {
			lower = width.group(1);
		}
		String alias = ALIASES.get(lower);
		if (alias != null && !alias.equals("raw")) {
			lower = alias;
		}
		try {
			ColumnType type = ColumnType.parse(lower);
			return (type.kind() == ColumnType.Kind.RAW) ? ColumnType.raw(lower) : type;
		}
		catch (IllegalArgumentException ex) {
			return ColumnType.raw(lower);
		}
	}

}
