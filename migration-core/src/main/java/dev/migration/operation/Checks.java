package dev.migration.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The checks the operation records share, with messages that name the operation and the
 * parameter as revision files spell them.
 */
final class Checks {

	private Checks() {
	}

	/**
	 * Requires a name that is present and not blank.
	 * @param value the value
	 * @param operation the operation, as files spell it
	 * @param parameter the parameter, as files spell it
	 * @return the value
	 */
	static String name(@Nullable String value, String operation, String parameter) {
		if (value == null) {
			throw new IllegalArgumentException(operation + " needs '" + parameter + "'");
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException("'" + parameter + "' of " + operation + " must not be blank");
		}
		return value;
	}

	/**
	 * Requires a name that is absent, or present and not blank.
	 * @param value the value
	 * @param operation the operation, as files spell it
	 * @param parameter the parameter, as files spell it
	 * @return the value
	 */
	static @Nullable String optionalName(@Nullable String value, String operation, String parameter) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + parameter + "' of " + operation + " must not be blank");
		}
		return value;
	}

	/**
	 * Requires a non-empty list of distinct, non-blank names and returns an immutable copy.
	 * @param values the values
	 * @param operation the operation, as files spell it
	 * @param parameter the parameter, as files spell it
	 * @return the copy
	 */
	static List<String> names(@Nullable List<String> values, String operation, String parameter) {
		if (values == null) {
			throw new IllegalArgumentException(operation + " needs '" + parameter + "'");
		}
		if (values.isEmpty()) {
			throw new IllegalArgumentException("'" + parameter + "' of " + operation + " must name at least one column");
		}
		return distinctNames(values, operation, parameter);
	}

	/**
	 * Requires a possibly empty list of distinct, non-blank names and returns an immutable copy.
	 * @param values the values
	 * @param operation the operation, as files spell it
	 * @param parameter the parameter, as files spell it
	 * @return the copy
	 */
	static List<String> distinctNames(List<String> values, String operation, String parameter) {
		Set<String> seen = new HashSet<>();
		for (String value : values) {
			name(value, operation, parameter);
			if (!seen.add(value)) {
				throw new IllegalArgumentException(
						"'" + parameter + "' of " + operation + " names '" + value + "' twice");
			}
		}
		return List.copyOf(values);
	}

	/**
	 * Requires a list of columns with distinct names and returns an immutable copy.
	 * @param columns the columns
	 * @param operation the operation, as files spell it
	 * @param mustHaveOne whether the list may be empty
	 * @return the copy
	 */
	static List<Column> columns(@Nullable List<Column> columns, String operation, boolean mustHaveOne) {
		if (columns == null) {
			throw new IllegalArgumentException(operation + " needs 'columns'");
		}
		if (mustHaveOne && columns.isEmpty()) {
			throw new IllegalArgumentException("'columns' of " + operation + " must define at least one column");
		}
		List<String> names = new ArrayList<>();
		for (Column column : columns) {
			Objects.requireNonNull(column, "columns must not contain null");
			names.add(column.name());
		}
		distinctNames(names, operation, "columns");
		return List.copyOf(columns);
	}

	/**
	 * Requires that options given as record components are not repeated among the database
	 * options.
	 * @param options the database options
	 * @param operation the operation, as files spell it
	 * @param components the names of the options that are components
	 */
	static void notAmong(DialectOptions options, String operation, String... components) {
		for (String component : components) {
			if (options.get(component) != null) {
				throw new IllegalArgumentException("'" + component + "' of " + operation
						+ " is a parameter of its own, not one of its database options");
			}
		}
	}

}
