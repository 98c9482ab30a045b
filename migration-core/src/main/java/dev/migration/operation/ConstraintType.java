package dev.migration.operation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The kind of constraint {@link DropConstraint} drops: Alembic's {@code type_}. MySQL and MariaDB
 * need it to choose the statement; other databases ignore it.
 */
public enum ConstraintType {

	/** A foreign key: {@code foreignkey}. */
	FOREIGNKEY("foreignkey"),

	/** A unique constraint: {@code unique}. */
	UNIQUE("unique"),

	/** A check constraint: {@code check}. */
	CHECK("check"),

	/** A primary key: {@code primary}. */
	PRIMARY("primary");

	private final String keyword;

	ConstraintType(String keyword) {
		this.keyword = keyword;
	}

	/**
	 * Returns the type as revision files (and Alembic) spell it, for example {@code foreignkey}.
	 * @return the keyword
	 */
	public String keyword() {
		return this.keyword;
	}

	/**
	 * Returns the type with the given keyword, case-insensitively.
	 * @param keyword the keyword, for example {@code foreignkey}
	 * @return the type, or {@code null} if no type has that keyword
	 */
	public static @Nullable ConstraintType forKeyword(String keyword) {
		String wanted = keyword.strip().toLowerCase(Locale.ROOT);
		for (ConstraintType type : values()) {
			if (type.keyword.equals(wanted)) {
				return type;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return this.keyword;
	}

}
