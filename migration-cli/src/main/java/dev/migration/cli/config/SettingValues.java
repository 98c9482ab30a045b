package dev.migration.cli.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;

/**
 * Reads typed settings the way Spring Boot binds the starter's properties, so that one
 * {@code application.properties} means the same to the application and to the command line:
 * durations as {@code 500ms}, {@code 10s}, {@code 5m}, a bare number of milliseconds or ISO-8601
 * {@code PT5M}; enumerations in any case, with or without {@code -} and {@code _}.
 */
public final class SettingValues {

	/** The accepted forms of a duration, for messages. */
	static final String DURATION_FORMS = "write a duration such as 500ms, 10s, 5m, 1h or 2d (units ns, us, ms, s, "
			+ "m, h, d; a bare number is milliseconds), or ISO-8601 such as PT5M";

	private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?\\d+)([a-zA-Z]{0,2})");

	private static final Pattern ISO_8601 = Pattern.compile("[+-]?[pP].*");

	private static final Map<String, ChronoUnit> UNITS = Map.of("ns", ChronoUnit.NANOS, "us", ChronoUnit.MICROS, "ms",
			ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS, "d",
			ChronoUnit.DAYS);

	private SettingValues() {
	}

	/**
	 * Reads a timeout.
	 * @param setting the setting
	 * @param name what the setting is, for messages ({@code lock timeout})
	 * @return the duration, zero or positive
	 * @throws MigrationException naming the setting, where it came from, the value and the
	 * accepted forms, when the value is not a duration or is negative
	 */
	public static Duration timeout(Configured setting, String name) {
		String value = setting.value();
		Duration duration = duration(value.strip());
		if (duration == null) {
			throw invalid(setting, name, DURATION_FORMS);
		}
		if (duration.isNegative()) {
			throw invalid(setting, name, "a timeout cannot be negative; " + DURATION_FORMS);
		}
		return duration;
	}

	/**
	 * Reads a duration as Spring Boot does for a property without a declared unit.
	 * @param text the text, without surrounding spaces
	 * @return the duration, or {@code null} when the text is not one
	 */
	static @Nullable Duration duration(String text) {
		try {
			if (ISO_8601.matcher(text).matches()) {
				return Duration.parse(text);
			}
			Matcher matcher = NUMBER_AND_UNIT.matcher(text);
			if (!matcher.matches()) {
				return null;
			}
			String suffix = matcher.group(2).toLowerCase(Locale.ROOT);
			ChronoUnit unit = suffix.isEmpty() ? ChronoUnit.MILLIS : UNITS.get(suffix);
			return (unit != null) ? Duration.of(Long.parseLong(matcher.group(1)), unit) : null;
		}
		catch (DateTimeParseException | ArithmeticException | NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Reads one of an enumeration's values as Spring's relaxed binding does: {@code per-revision},
	 * {@code PER_REVISION}, {@code per_revision} and {@code perRevision} are the same.
	 * @param <E> the enumeration
	 * @param setting the setting
	 * @param name what the setting is, for messages ({@code transaction mode})
	 * @param type the enumeration
	 * @return the value
	 * @throws MigrationException naming the setting, where it came from, the value and the
	 * accepted values, when the value is none of them
	 */
	public static <E extends Enum<E>> E choice(Configured setting, String name, Class<E> type) {
		String canonical = canonical(setting.value());
		for (E constant : type.getEnumConstants()) {
			if (canonical(constant.name()).equals(canonical)) {
				return constant;
			}
		}
		throw invalid(setting, name, "use " + spelled(type));
	}

	/**
	 * Returns an enumeration's values as properties spell them: {@code per-revision or all}.
	 * @param type the enumeration
	 * @return the values, for messages
	 */
	static String spelled(Class<? extends Enum<?>> type) {
		return alternatives(Arrays.stream(type.getEnumConstants())
			.map((constant) -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.toList());
	}

	/**
	 * Joins the values a setting accepts for a message: {@code fail, warn or ignore}.
	 * @param values the values
	 * @return the values in words
	 */
	static String alternatives(List<String> values) {
		if (values.size() <= 1) {
			return String.join("", values);
		}
		return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
	}

	/** Letters and digits only, in lower case: how relaxed binding compares enumeration values. */
	private static String canonical(String value) {
		StringBuilder result = new StringBuilder(value.length());
		value.codePoints()
			.filter(Character::isLetterOrDigit)
			.forEach((c) -> result.appendCodePoint(Character.toLowerCase(c)));
		return result.toString();
	}

	private static MigrationException invalid(Configured setting, String name, String accepted) {
		return new MigrationException("Invalid " + name + " '" + setting.value() + "' (" + setting.origin() + "): "
				+ accepted);
	}

}
