package dev.migration.lint;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.ColumnType;
import dev.migration.operation.ColumnType.Kind;

/**
 * Which column type changes make the database rewrite (or copy) the whole table.
 * <p>
 * <strong>PostgreSQL</strong> changes a type in place, without touching the rows, only when the
 * old values are valid as they are: the same type; {@code varchar(n)} to {@code varchar(m)} with
 * {@code m >= n}, to {@code varchar} without a length or to {@code text}; {@code varchar}
 * without a length to {@code text} and back; {@code numeric(p, s)} to {@code numeric(q, s)} with
 * {@code q >= p} and the same scale, or to {@code numeric} without precision; {@code time},
 * {@code timestamp} and {@code timestamp with time zone} to the same kind with an equal or higher
 * fractional-seconds precision (none means 6). Every other change rewrites the table and its
 * indexes under an {@code ACCESS EXCLUSIVE} lock.
 * <p>
 * <strong>MariaDB and MySQL</strong> change a type without copying the table only for
 * {@code varchar(n)} to {@code varchar(m)} with {@code m >= n} when the length's prefix keeps its
 * size: both at most 63 or both at least 64 characters (255 bytes in {@code utf8mb4}). Every
 * other change copies the table, blocking writes meanwhile.
 * <p>
 * H2 is not judged.
 */
final class TableRewrites {

	private static final int TIME_PRECISION_DEFAULT = 6;

	private static final int MARIADB_ONE_BYTE_PREFIX_CHARACTERS = 63;

	private TableRewrites() {
	}

	/**
	 * Whether a type change rewrites the table.
	 * @param databaseKind the database
	 * @param from the type before
	 * @param to the type after
	 * @return whether the table is rewritten or copied
	 */
	static boolean rewrites(String databaseKind, ColumnType from, ColumnType to) {
		if (same(from, to)) {
			return false;
		}
		return switch (databaseKind) {
			case "postgresql" -> !inPlaceOnPostgresql(from, to);
			case "mariadb", "mysql" -> !inPlaceOnMariaDb(from, to);
			default -> false;
		};
	}

	/**
	 * Whether the database is one whose type changes this class judges.
	 * @param databaseKind the database
	 * @return whether it is
	 */
	static boolean judges(String databaseKind) {
		return switch (databaseKind) {
			case "postgresql", "mariadb", "mysql" -> true;
			default -> false;
		};
	}

	private static boolean same(ColumnType from, ColumnType to) {
		if (from.kind() == Kind.RAW && to.kind() == Kind.RAW) {
			return normalized(from.raw()).equals(normalized(to.raw()));
		}
		return from.equals(to);
	}

	private static String normalized(@Nullable String raw) {
		return String.valueOf(raw).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static boolean inPlaceOnPostgresql(ColumnType from, ColumnType to) {
		Kind a = from.kind();
		Kind b = to.kind();
		if (a == Kind.STRING && b == Kind.STRING) {
			return to.length() == null || (from.length() != null && to.length() >= from.length());
		}
		if (a == Kind.STRING && b == Kind.TEXT) {
			return true;
		}
		if (a == Kind.TEXT && b == Kind.STRING) {
			return to.length() == null;
		}
		if (a == Kind.NUMERIC && b == Kind.NUMERIC) {
			if (to.precision() == null) {
				return true;
			}
			return from.precision() != null && to.precision() >= from.precision()
					&& Objects.equals(scale(from), scale(to));
		}
		if (a == b && (a == Kind.TIME || a == Kind.TIMESTAMP || a == Kind.TIMESTAMP_WITH_TIME_ZONE)) {
			return timePrecision(to) >= timePrecision(from);
		}
		return false;
	}

	private static boolean inPlaceOnMariaDb(ColumnType from, ColumnType to) {
		if (from.kind() != Kind.STRING || to.kind() != Kind.STRING || from.length() == null || to.length() == null) {
			return false;
		}
		int before = from.length();
		int after = to.length();
		boolean samePrefix = (before <= MARIADB_ONE_BYTE_PREFIX_CHARACTERS) == (after <= MARIADB_ONE_BYTE_PREFIX_CHARACTERS);
		return after >= before && samePrefix;
	}

	private static int scale(ColumnType numeric) {
		return (numeric.scale() != null) ? numeric.scale() : 0;
	}

	private static int timePrecision(ColumnType type) {
		return (type.precision() != null) ? type.precision() : TIME_PRECISION_DEFAULT;
	}

}
