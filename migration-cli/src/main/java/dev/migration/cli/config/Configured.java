package dev.migration.cli.config;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;

/**
 * A setting's value and where it came from, so that {@code -v} can say why a value is what it is.
 * A value read from a file whose placeholder has no value fails only when it is used: a command
 * that does not connect does not need the password.
 *
 * @param value the value
 * @param origin where it came from: a flag ({@code --url}), an environment variable
 * ({@code MIGRATION_URL}), a key of a file ({@code migration.url in /app/migration.properties}), or
 * {@code default}
 * @param problem why the value could not be worked out, or {@code null}
 */
public record Configured(String value, String origin, @Nullable MigrationException problem) {

	/**
	 * A value.
	 * @param value the value
	 * @param origin where it came from
	 */
	public Configured(String value, String origin) {
		this(value, origin, null);
	}

	/**
	 * A default value.
	 * @param value the value
	 * @return the setting
	 */
	public static Configured byDefault(String value) {
		return new Configured(value, "default");
	}

	/**
	 * A value that could not be worked out.
	 * @param origin where it came from
	 * @param problem why
	 * @return the setting, which fails when its value is used
	 */
	public static Configured failed(String origin, MigrationException problem) {
		return new Configured("", origin, problem);
	}

	/**
	 * Returns the value.
	 * @return the value
	 * @throws MigrationException if it could not be worked out
	 */
	@Override
	public String value() {
		if (this.problem != null) {
			throw new MigrationException(this.problem.getMessage(), this.problem);
		}
		return this.value;
	}

	/**
	 * Describes the value for {@code -v}.
	 * @param masked whether to hide the value, for passwords
	 * @return the value (or what went wrong) and its origin
	 */
	public String describe(boolean masked) {
		String shown = (this.problem != null) ? "(" + this.problem.getMessage() + ")"
				: masked ? Secrets.MASK : this.value;
		return shown + " (" + this.origin + ")";
	}

}
