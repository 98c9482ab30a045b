package dev.migration.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;

/**
 * Writes the values of a {@code bulk_insert} as SQL literals, so that the statements can run as
 * they are and be shown in an offline script. Strings go through {@link Dialect#literal(String)}
 * (MariaDB also escapes backslashes there); numbers and booleans are written plainly; dates and
 * times as typed literals ({@code DATE '2024-10-24'}).
 */
final class SqlLiterals {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	private final Dialect dialect;

	private final String product;

	private final boolean postgresBytes;

	private final boolean zonedTimestamps;

	private SqlLiterals(Dialect dialect, String product, boolean postgresBytes, boolean zonedTimestamps) {
		this.dialect = dialect;
		this.product = product;
		this.postgresBytes = postgresBytes;
		this.zonedTimestamps = zonedTimestamps;
	}

	/**
	 * Returns the literals of a database that writes binary data as {@code X'CAFE'} and
	 * timestamps with a time zone as {@code TIMESTAMP WITH TIME ZONE '...'}: H2.
	 * @param dialect the dialect, for string literals
	 * @param product the database, for messages
	 * @return the literals
	 */
	static SqlLiterals standard(Dialect dialect, String product) {
		return new SqlLiterals(dialect, product, false, true);
	}

	/**
	 * Returns PostgreSQL's literals: binary data as {@code '\xcafe'} (bytea's hex input).
	 * @param dialect the dialect
	 * @return the literals
	 */
	static SqlLiterals postgres(Dialect dialect) {
		return new SqlLiterals(dialect, "PostgreSQL", true, true);
	}

	/**
	 * Returns the literals of MariaDB and MySQL, which have no literal for a timestamp with time
	 * zone: their {@code TIMESTAMP} converts from the session's time zone.
	 * @param dialect the dialect
	 * @param product the database, for messages
	 * @return the literals
	 */
	static SqlLiterals mariaDb(Dialect dialect, String product) {
		return new SqlLiterals(dialect, product, false, false);
	}

	/**
	 * Returns the literal of a value.
	 * @param value the value: {@code null}, a {@link Boolean}, {@link Number}, {@link CharSequence},
	 * {@link Character}, {@link UUID}, {@link Enum} (its name), {@code byte[]}, {@link LocalDate},
	 * {@link LocalTime}, {@link LocalDateTime}, or (not on MariaDB and MySQL)
	 * {@link OffsetDateTime}, {@link ZonedDateTime} or {@link Instant}
	 * @param where the value's place, for messages, for example
	 * {@code row 3, column 'name' of bulk_insert into 'users'}
	 * @return the literal
	 * @throws MigrationException for a value of another type, or a number that is not finite
	 */
	String of(@Nullable Object value, String where) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Boolean flag) {
			return flag ? "TRUE" : "FALSE";
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return value.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (!Double.isFinite(number)) {
				throw new MigrationException(where + " is " + value
						+ ", which has no SQL literal; write the value as a string the database reads, such as 'NaN'");
			}
			return value.toString();
		}
		if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
			return this.dialect.literal(value.toString());
		}
		if (value instanceof Enum<?> constant) {
			return this.dialect.literal(constant.name());
		}
		if (value instanceof byte[] bytes) {
			String hex = HexFormat.of().formatHex(bytes);
			return this.postgresBytes ? "'\\x" + hex + "'" : "X'" + hex.toUpperCase(Locale.ROOT) + "'";
		}
		if (value instanceof LocalDate date) {
			return "DATE '" + date + "'";
		}
		if (value instanceof LocalTime time) {
			return "TIME '" + TIME.format(time) + fraction(time.getNano()) + "'";
		}
		if (value instanceof LocalDateTime dateTime) {
			return "TIMESTAMP '" + DATE_TIME.format(dateTime) + fraction(dateTime.getNano()) + "'";
		}
		OffsetDateTime zoned = zoned(value);
		if (zoned != null) {
			if (!this.zonedTimestamps) {
				throw new MigrationException(where + " is a timestamp with a time zone (" + value + "), which "
						+ this.product + " has no literal for; give a LocalDateTime or a string in the session's time zone");
			}
			return "TIMESTAMP WITH TIME ZONE '" + DATE_TIME.format(zoned) + fraction(zoned.getNano())
					+ OFFSET.format(zoned) + "'";
		}
		throw new MigrationException(where + " is " + value + " (" + typeName(value) + ")"
				+ ", which bulk_insert cannot write as SQL; give a string, number, boolean, null, UUID, byte[], "
				+ "LocalDate, LocalTime or LocalDateTime, or insert it with 'execute'");
	}

	private static String typeName(Object value) {
		if (value instanceof List<?>) {
			return "a list";
		}
		if (value instanceof Map<?, ?>) {
			return "a map";
		}
		return "a " + value.getClass().getName();
	}

	private static @Nullable OffsetDateTime zoned(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset;
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		return null;
	}

	/** Fractional seconds, without trailing zeros: {@code .5}, {@code .123456}, or nothing. */
	private static String fraction(int nanos) {
		if (nanos == 0) {
			return "";
		}
		String digits = String.format("%09d", nanos).replaceFirst("0+$", "");
		return "." + digits;
	}

}
