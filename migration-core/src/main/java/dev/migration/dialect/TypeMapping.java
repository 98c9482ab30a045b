package dev.migration.dialect;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;

/**
 * How one database spells the portable {@link ColumnType}s. The kinds every database spells the
 * same way ({@code INTEGER}, {@code NUMERIC(p, s)}, {@code DATE}, ...) and the standard spelling
 * of some others ({@code REAL}, {@code UUID}) are here; what differs is the subclass's. A {@link ColumnType.Kind#RAW RAW} type is written verbatim.
 */
abstract class TypeMapping {

	/**
	 * Returns the SQL type of a column.
	 * @param type the portable type
	 * @param where the column, for error messages, for example
	 * {@code add_column of 'sessions.name'}
	 * @return the SQL type
	 */
	final String sql(ColumnType type, String where) {
		Integer precision = type.precision();
		return switch (type.kind()) {
			case STRING -> string(type.length(), where);
			case TEXT -> text();
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case SMALLINT -> "SMALLINT";
			case BOOLEAN -> "BOOLEAN";
			case NUMERIC -> "NUMERIC" + arguments(precision, type.scale());
			case FLOAT -> (precision != null) ? "FLOAT(" + precision + ")" : floatType();
			case DOUBLE -> doubleType();
			case DATE -> "DATE";
			case TIME -> "TIME" + arguments(precision, null);
			case TIMESTAMP -> timestamp(precision);
			case TIMESTAMP_WITH_TIME_ZONE -> timestampWithTimeZone(precision);
			case UUID -> uuid();
			case JSON -> "JSON";
			case JSONB -> jsonb();
			case BINARY -> binary(type.length());
			case RAW -> Objects.requireNonNull(type.raw(), "raw");
		};
	}

	/**
	 * Returns {@code (a)}, {@code (a, b)} or nothing.
	 * @param first the first argument, or {@code null} for none
	 * @param second the second argument, or {@code null} for none
	 * @return the arguments in parentheses, or an empty string
	 */
	static String arguments(@Nullable Integer first, @Nullable Integer second) {
		if (first == null) {
			return "";
		}
		return "(" + first + ((second != null) ? ", " + second : "") + ")";
	}

	/**
	 * Returns a variable-length string type.
	 * @param length the maximum length, or {@code null} for the database's default
	 * @param where the column, for error messages
	 * @return the type
	 */
	protected String string(@Nullable Integer length, String where) {
		return "VARCHAR" + arguments(length, null);
	}

	/**
	 * Returns the type of text of unlimited length.
	 * @return the type
	 */
	protected abstract String text();

	/**
	 * Returns the single-precision floating-point type: standard {@code REAL}.
	 * @return the type
	 */
	protected String floatType() {
		return "REAL";
	}

	/**
	 * Returns the double-precision floating-point type: standard {@code DOUBLE PRECISION}.
	 * @return the type
	 */
	protected String doubleType() {
		return "DOUBLE PRECISION";
	}

	/**
	 * Returns the type of a date and time without time zone.
	 * @param precision the fractional-seconds precision, or {@code null}
	 * @return the type
	 */
	protected abstract String timestamp(@Nullable Integer precision);

	/**
	 * Returns the type of a date and time with time zone.
	 * @param precision the fractional-seconds precision, or {@code null}
	 * @return the type
	 */
	protected abstract String timestampWithTimeZone(@Nullable Integer precision);

	/**
	 * Returns the UUID type: {@code UUID}.
	 * @return the type
	 */
	protected String uuid() {
		return "UUID";
	}

	/**
	 * Returns the binary JSON type.
	 * @return the type
	 */
	protected String jsonb() {
		return "JSON";
	}

	/**
	 * Returns the binary data type.
	 * @param length the maximum length, or {@code null}
	 * @return the type
	 */
	protected abstract String binary(@Nullable Integer length);

}
