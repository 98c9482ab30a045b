package dev.migration.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.operation.DialectOptions;

/**
 * The options of one operation meant for this database ({@code postgresql_using},
 * {@code mysql_engine}, ...), by their name without prefix. As in Alembic, options of other
 * databases are ignored; an option of this database that the dialect does not support is an
 * error naming it, so that a typo does not silently change nothing.
 */
final class Options {

	private final Map<String, Object> values;

	private final Map<String, String> fullNames;

	private final String subject;

	private Options(Map<String, Object> values, Map<String, String> fullNames, String subject) {
		this.values = values;
		this.fullNames = fullNames;
		this.subject = subject;
	}

	/**
	 * Reads the options meant for this database.
	 * @param options all options of the operation
	 * @param prefixes this database's prefixes, the one that wins first (MariaDB reads
	 * {@code mariadb_} and then {@code mysql_})
	 * @param supported the names, without prefix, that the dialect supports for this operation
	 * @param product the database, as people write it, for messages
	 * @param subject the operation, for messages, for example {@code create_index 'ix' on 'sessions'}
	 * @return the options
	 * @throws MigrationException for an option of this database that is not supported
	 */
	static Options read(DialectOptions options, List<String> prefixes, Set<String> supported, String product,
			String subject) {
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> fullNames = new LinkedHashMap<>();
		for (String prefix : prefixes) {
			options.forDatabase(prefix).forEach((name, value) -> {
				if (!supported.contains(name)) {
					throw new MigrationException(subject + ": " + product + " does not support the option '" + prefix
							+ "_" + name + "' here; " + supportedList(prefix, supported)
							+ " (options of other databases are ignored). Remove it, or write the statement with 'execute'");
				}
				if (!values.containsKey(name)) {
					values.put(name, value);
					fullNames.put(name, prefix + "_" + name);
				}
			});
		}
		return new Options(values, fullNames, subject);
	}

	private static String supportedList(String prefix, Set<String> supported) {
		if (supported.isEmpty()) {
			return "it supports no " + prefix + "_ options for this operation";
		}
		return "the ones it supports are " + supported.stream().sorted().map((name) -> prefix + "_" + name)
			.collect(Collectors.joining(", "));
	}

	/**
	 * Returns an option given as text.
	 * @param name the name without prefix
	 * @return the text, or {@code null} if not given
	 */
	@Nullable String string(String name) {
		Object value = this.values.get(name);
		return (value != null) ? value.toString().strip() : null;
	}

	/**
	 * Returns an option given as {@code true} or {@code false}.
	 * @param name the name without prefix
	 * @return the value; {@code false} if not given
	 * @throws MigrationException if the value is neither
	 */
	boolean flag(String name) {
		Object value = this.values.get(name);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		String text = value.toString().strip().toLowerCase(Locale.ROOT);
		if (text.equals("true") || text.equals("false")) {
			return text.equals("true");
		}
		throw new MigrationException(this.subject + ": the option '" + this.fullNames.get(name)
				+ "' must be true or false; found '" + value + "'");
	}

	/**
	 * Returns an option as given.
	 * @param name the name without prefix
	 * @return the value, or {@code null} if not given
	 */
	@Nullable Object get(String name) {
		return this.values.get(name);
	}

	/**
	 * Returns an option's name as written, with its prefix, for messages.
	 * @param name the name without prefix
	 * @return the full name
	 */
	String fullName(String name) {
		return this.fullNames.getOrDefault(name, name);
	}

	/**
	 * Returns the operation the options belong to, for messages.
	 * @return the subject
	 */
	String subject() {
		return this.subject;
	}

}
