package dev.migration.operation;

import org.jspecify.annotations.Nullable;

/**
 * A column attribute that can be set or absent, as {@link AlterColumn} changes it or knew it: a
 * server default or a comment. {@link #NONE} means "no default" or "no comment". Where an
 * operation takes a {@code @Nullable Setting}, {@code null} means "not changed" (for a change)
 * or "not known" (for an {@code existing_*} value), as Alembic's {@code False} does.
 *
 * @param value the text, or {@code null} for none
 */
public record Setting(@Nullable String value) {

	/** No value: drop the default or comment, or there was none. */
	public static final Setting NONE = new Setting(null);

	/**
	 * Returns the setting for the given text, or {@link #NONE} for {@code null}.
	 * @param value the text, or {@code null}
	 * @return the setting
	 */
	public static Setting of(@Nullable String value) {
		return (value != null) ? new Setting(value) : NONE;
	}

	/**
	 * Whether this setting is {@link #NONE}.
	 * @return whether there is no value
	 */
	public boolean isNone() {
		return this.value == null;
	}

	@Override
	public String toString() {
		return (this.value != null) ? this.value : "none";
	}

}
