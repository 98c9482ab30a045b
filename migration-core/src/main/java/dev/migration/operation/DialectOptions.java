package dev.migration.operation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options meant for one database, named {@code <database>_<option>} as in Alembic and
 * SQLAlchemy: {@code postgresql_using}, {@code mysql_length}, {@code mariadb_with_parser}. Each
 * dialect reads the options with its own prefix and ignores the others, so a revision can carry
 * options for every database it runs on.
 *
 * @param options the options by their full name, in the order given
 */
public record DialectOptions(Map<String, Object> options) {

	/** The databases whose options are recognized, by their prefix. */
	public static final List<String> DATABASES = List.of("postgresql", "mysql", "mariadb", "h2", "sqlite", "mssql",
			"oracle");

	/** No options. */
	public static final DialectOptions NONE = new DialectOptions(Map.of());

	public DialectOptions {
		Objects.requireNonNull(options, "options");
		Map<String, Object> copy = new LinkedHashMap<>();
		options.forEach((name, value) -> {
			if (!isDialectOption(name)) {
				throw new IllegalArgumentException("'" + name + "' is not a database option: those are named "
						+ "<database>_<option>, with <database> one of " + String.join(", ", DATABASES));
			}
			copy.put(name, Objects.requireNonNull(value, () -> "the database option '" + name + "' needs a value"));
		});
		options = Collections.unmodifiableMap(copy);
	}

	/**
	 * Returns the given options.
	 * @param options the options by their full name
	 * @return the options
	 */
	public static DialectOptions of(Map<String, Object> options) {
		return options.isEmpty() ? NONE : new DialectOptions(options);
	}

	/**
	 * Whether a parameter name is a database option: a known database's prefix, {@code _} and a
	 * name.
	 * @param name the parameter name
	 * @return whether it names a database option
	 */
	public static boolean isDialectOption(String name) {
		for (String database : DATABASES) {
			if (name.startsWith(database + "_") && name.length() > database.length() + 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether there are no options.
	 * @return whether there are none
	 */
	public boolean isEmpty() {
		return this.options.isEmpty();
	}

	/**
	 * Returns an option by its full name.
	 * @param name the name, for example {@code postgresql_using}
	 * @return the value, or {@code null} if not given
	 */
	public @Nullable Object get(String name) {
		return this.options.get(name);
	}

	/**
	 * Returns the options for one database, without their prefix.
	 * @param database the database, for example {@code postgresql}
	 * @return the options, for example {@code using -> gin}
	 */
	public Map<String, Object> forDatabase(String database) {
		String prefix = database.toLowerCase(Locale.ROOT) + "_";
		Map<String, Object> result = new LinkedHashMap<>();
		this.options.forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				result.put(name.substring(prefix.length()), value);
			}
		});
		return Collections.unmodifiableMap(result);
	}

	@Override
	public String toString() {
		return this.options.toString();
	}

}
