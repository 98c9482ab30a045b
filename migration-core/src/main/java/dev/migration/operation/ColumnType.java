package dev.migration.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A column's type, portable across databases: a {@link Kind} with its length, precision and
 * scale where the kind takes them. Each dialect maps the kinds to its own SQL ({@code string(36)}
 * becomes {@code VARCHAR(36)}, {@code timestamp with time zone} becomes {@code TIMESTAMPTZ} or
 * {@code DATETIME}, and so on).
 * <p>
 * {@link #parse(String)} reads the spellings revision files use, case-insensitively:
 * <table>
 * <caption>Portable types</caption>
 * <tr><th>Kind</th><th>Spellings</th></tr>
 * <tr><td>{@code STRING}</td><td>{@code string}, {@code string(n)}, {@code varchar(n)},
 * {@code character varying(n)}</td></tr>
 * <tr><td>{@code TEXT}</td><td>{@code text}</td></tr>
 * <tr><td>{@code INTEGER}</td><td>{@code integer}, {@code int}</td></tr>
 * <tr><td>{@code BIGINT}</td><td>{@code bigint}</td></tr>
 * <tr><td>{@code SMALLINT}</td><td>{@code smallint}</td></tr>
 * <tr><td>{@code BOOLEAN}</td><td>{@code boolean}, {@code bool}</td></tr>
 * <tr><td>{@code NUMERIC}</td><td>{@code numeric}, {@code numeric(p)}, {@code numeric(p, s)},
 * {@code decimal(p, s)}</td></tr>
 * <tr><td>{@code FLOAT}</td><td>{@code float}, {@code float(p)}</td></tr>
 * <tr><td>{@code DOUBLE}</td><td>{@code double}, {@code double precision}</td></tr>
 * <tr><td>{@code DATE}</td><td>{@code date}</td></tr>
 * <tr><td>{@code TIME}</td><td>{@code time}, {@code time(p)}</td></tr>
 * <tr><td>{@code TIMESTAMP}</td><td>{@code timestamp}, {@code datetime},
 * {@code timestamp without time zone}, each optionally with a fractional-seconds precision
 * {@code (p)}</td></tr>
 * <tr><td>{@code TIMESTAMP_WITH_TIME_ZONE}</td><td>{@code timestamp with time zone},
 * {@code timestamptz}, optionally with {@code (p)}</td></tr>
 * <tr><td>{@code UUID}</td><td>{@code uuid}</td></tr>
 * <tr><td>{@code JSON}</td><td>{@code json}</td></tr>
 * <tr><td>{@code JSONB}</td><td>{@code jsonb}</td></tr>
 * <tr><td>{@code BINARY}</td><td>{@code binary}, {@code blob}, {@code bytea}, optionally with
 * a length {@code (n)}</td></tr>
 * </table>
 * <p>
 * <strong>The escape hatch:</strong> any other text (for example {@code inet},
 * {@code char(2)}, {@code integer unsigned}, {@code enum('a', 'b')},
 * {@code geometry(Point, 4326)}) is a {@link Kind#RAW} type, passed to the database verbatim,
 * exactly as written. Such a revision is then only as portable as the type it names. A known
 * spelling with wrong arguments, such as {@code string(abc)} or {@code integer(11)}, is an error
 * rather than a raw type, so that typos do not slip through.
 *
 * @param kind the kind of type
 * @param length the length of a {@code STRING} or {@code BINARY}, or {@code null} for the
 * database's default
 * @param precision the precision of a {@code NUMERIC} or {@code FLOAT}, or the fractional-seconds
 * precision of a {@code TIME} or {@code TIMESTAMP}, or {@code null}
 * @param scale the scale of a {@code NUMERIC}, or {@code null}
 * @param raw the database type, for {@link Kind#RAW} only
 */
public record ColumnType(Kind kind, @Nullable Integer length, @Nullable Integer precision, @Nullable Integer scale,
		@Nullable String raw) {

	public ColumnType {
		if (kind == Kind.RAW) {
			if (raw == null || raw.isBlank()) {
				throw new IllegalArgumentException("a raw column type needs the database's type name");
			}
			if (length != null || precision != null || scale != null) {
				throw new IllegalArgumentException(
						"a raw column type carries its arguments in its text, as in 'char(2)'");
			}
		}
		else {
			if (raw != null) {
				throw new IllegalArgumentException("only a raw column type has a raw text");
			}
			check(kind, "length", length, kind.takesLength, 1);
			check(kind, "precision", precision, kind.maxArguments > 0 && !kind.takesLength, 1);
			check(kind, "scale", scale, kind == Kind.NUMERIC, 0);
			if (scale != null) {
				if (precision == null) {
					throw new IllegalArgumentException("a numeric scale needs a precision, as in numeric(10, 2)");
				}
				if (scale > precision) {
					throw new IllegalArgumentException("the scale of numeric(" + precision + ", " + scale
							+ ") is larger than its precision");
				}
			}
		}
	}

	private static void check(Kind kind, String what, @Nullable Integer value, boolean allowed, int minimum) {
		if (value == null) {
			return;
		}
		if (!allowed) {
			throw new IllegalArgumentException(kind.spelling + " takes no " + what);
		}
		if (value < minimum) {
			throw new IllegalArgumentException("the " + what + " of " + kind.spelling + " must be "
					+ ((minimum == 0) ? "zero or more" : "positive") + "; found " + value);
		}
	}

	/**
	 * Returns a type of the given kind with no length, precision or scale.
	 * @param kind the kind, anything but {@link Kind#RAW}
	 * @return the type
	 */
	public static ColumnType of(Kind kind) {
		return new ColumnType(kind, null, null, null, null);
	}

	/**
	 * Returns {@code string(length)}: a variable-length string, {@code VARCHAR(length)}.
	 * @param length the maximum length
	 * @return the type
	 */
	public static ColumnType string(int length) {
		return new ColumnType(Kind.STRING, length, null, null, null);
	}

	/**
	 * Returns {@code numeric(precision, scale)}.
	 * @param precision the number of digits
	 * @param scale the number of digits after the decimal point
	 * @return the type
	 */
	public static ColumnType numeric(int precision, int scale) {
		return new ColumnType(Kind.NUMERIC, null, precision, scale, null);
	}

	/**
	 * Returns a database type passed through verbatim: the escape hatch for types that have no
	 * portable kind.
	 * @param databaseType the type as the database spells it, for example {@code inet}
	 * @return the type
	 */
	public static ColumnType raw(String databaseType) {
		return new ColumnType(Kind.RAW, null, null, null, databaseType.strip());
	}

	/**
	 * Reads a type as revision files write it, for example {@code string(36)},
	 * {@code numeric(10, 2)} or {@code timestamp with time zone}. Text that names no portable
	 * kind is kept as a {@link Kind#RAW} database type.
	 * @param text the type
	 * @return the type
	 * @throws IllegalArgumentException when the text is blank, or names a portable kind with
	 * arguments that kind does not take, saying how to write it
	 */
	public static ColumnType parse(String text) {
		String written = text.strip();
		if (written.isEmpty()) {
			throw new IllegalArgumentException("the column type is empty; write one such as string(100) or integer");
		}
		String normalized = written.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		String name = normalized;
		String arguments = null;
		int open = normalized.indexOf('(');
		if (open >= 0) {
			int close = normalized.indexOf(')', open);
			String before = normalized.substring(0, open).strip();
			if (close < 0) {
				if (Kind.named(before) != null) {
					throw new IllegalArgumentException("invalid column type '" + written + "': missing ')'"
							+ "; inside {...} in YAML, quote a type that contains a comma, as in 'numeric(10, 2)'");
				}
				return raw(written);
			}
			name = (before + " " + normalized.substring(close + 1).strip()).strip();
			arguments = normalized.substring(open + 1, close);
		}
		Kind kind = Kind.named(name);
		if (kind == null) {
			return raw(written);
		}
		if (arguments == null) {
			return of(kind);
		}
		return withArguments(written, kind, arguments);
	}

	private static ColumnType withArguments(String written, Kind kind, String arguments) {
		if (kind.maxArguments == 0) {
			throw new IllegalArgumentException("invalid column type '" + written + "': " + kind.spelling
					+ " takes no arguments; write '" + kind.spelling + "'");
		}
		List<Integer> values = new ArrayList<>();
		for (String argument : arguments.split(",", -1)) {
			String digits = argument.strip();
			if (!digits.matches("[0-9]{1,9}")) {
				throw new IllegalArgumentException("invalid column type '" + written + "': " + kind.argumentsDescription
						+ " must be a whole number, as in " + kind.example);
			}
			values.add(Integer.valueOf(digits));
		}
		if (values.size() > kind.maxArguments) {
			throw new IllegalArgumentException("invalid column type '" + written + "': " + kind.spelling
					+ " takes " + kind.argumentsDescription + " only, as in " + kind.example);
		}
		try {
			if (kind.takesLength) {
				return new ColumnType(kind, values.get(0), null, null, null);
			}
			return new ColumnType(kind, null, values.get(0), (values.size() > 1) ? values.get(1) : null, null);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("invalid column type '" + written + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the type as revision files write it, for example {@code string(36)}: the canonical
	 * spelling of its kind with its arguments, or a raw type's text as written.
	 * @return the type's text
	 */
	@Override
	public String toString() {
		if (this.kind == Kind.RAW) {
			return String.valueOf(this.raw);
		}
		String arguments = "";
		if (this.length != null) {
			arguments = "(" + this.length + ")";
		}
		else if (this.precision != null) {
			arguments = "(" + this.precision + ((this.scale != null) ? ", " + this.scale : "") + ")";
		}
		if (this.kind == Kind.TIMESTAMP_WITH_TIME_ZONE) {
			return "timestamp" + arguments + " with time zone";
		}
		return this.kind.spelling + arguments;
	}

	/**
	 * The portable kinds of column type.
	 */
	public enum Kind {

		/** A variable-length string: {@code VARCHAR}. */
		STRING("string", 1, true, "the length", "string(100)", "varchar", "character varying"),

		/** A string of unlimited length: {@code TEXT} or {@code CLOB}. */
		TEXT("text", 0, false, "", ""),

		/** A 32-bit integer. */
		INTEGER("integer", 0, false, "", "", "int"),

		/** A 64-bit integer. */
		BIGINT("bigint", 0, false, "", ""),

		/** A 16-bit integer. */
		SMALLINT("smallint", 0, false, "", ""),

		/** A boolean. */
		BOOLEAN("boolean", 0, false, "", "", "bool"),

		/** An exact decimal number: {@code NUMERIC(p, s)}. */
		NUMERIC("numeric", 2, false, "the precision and scale", "numeric(10, 2)", "decimal"),

		/** A floating-point number. */
		FLOAT("float", 1, false, "the precision", "float(24)"),

		/** A double-precision floating-point number. */
		DOUBLE("double", 0, false, "", "", "double precision"),

		/** A date without time of day. */
		DATE("date", 0, false, "", ""),

		/** A time of day. */
		TIME("time", 1, false, "the fractional-seconds precision", "time(3)"),

		/** A date and time without time zone. */
		TIMESTAMP("timestamp", 1, false, "the fractional-seconds precision", "timestamp(6)", "datetime",
				"timestamp without time zone"),

		/** A date and time with time zone. */
		TIMESTAMP_WITH_TIME_ZONE("timestamp with time zone", 1, false, "the fractional-seconds precision",
				"timestamp(6) with time zone", "timestamptz"),

		/** A UUID: native where the database has one, {@code CHAR(36)} elsewhere. */
		UUID("uuid", 0, false, "", ""),

		/** A JSON document. */
		JSON("json", 0, false, "", ""),

		/** A binary JSON document (PostgreSQL's {@code JSONB}; JSON elsewhere). */
		JSONB("jsonb", 0, false, "", ""),

		/** Binary data: {@code BYTEA} or {@code BLOB}. */
		BINARY("binary", 1, true, "the length", "binary(1024)", "blob", "bytea"),

		/** A database type passed through verbatim. */
		RAW("raw", 0, false, "", "");

		private final String spelling;

		private final int maxArguments;

		private final boolean takesLength;

		private final String argumentsDescription;

		private final String example;

		private final List<String> aliases;

		Kind(String spelling, int maxArguments, boolean takesLength, String argumentsDescription, String example,
				String... aliases) {
			this.spelling = spelling;
			this.maxArguments = maxArguments;
			this.takesLength = takesLength;
			this.argumentsDescription = argumentsDescription;
			this.example = example;
			this.aliases = List.of(aliases);
		}

		/**
		 * Returns the kind's canonical spelling in revision files, for example {@code string}.
		 * @return the spelling
		 */
		public String spelling() {
			return this.spelling;
		}

		static @Nullable Kind named(String name) {
			for (Kind kind : values()) {
				if (kind != RAW && (kind.spelling.equals(name) || kind.aliases.contains(name))) {
					return kind;
				}
			}
			return null;
		}

	}

}
