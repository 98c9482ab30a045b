package dev.migration.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import dev.migration.cli.output.Styles;

/**
 * What one run of the command line works with: its environment, its working directory, where it
 * prints, whether it talks to a terminal, and the clock new revisions are dated with. Tests make
 * their own; {@link MigrationCli#main} uses the process's.
 *
 * @param environment the environment variables
 * @param workingDirectory the folder relative paths and the configuration files are found from
 * @param out the standard output
 * @param err the standard error
 * @param terminal whether the output is a terminal: progress is then shown as it goes, and
 * colour is used unless {@code NO_COLOR} is set
 * @param clock the clock
 */
public record Invocation(Map<String, String> environment, Path workingDirectory, PrintWriter out, PrintWriter err,
		boolean terminal, Clock clock) {

	public Invocation {
		environment = Map.copyOf(environment);
		workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	/**
	 * Whether to print in colour: on a terminal, unless {@code NO_COLOR} is set
	 * (<a href="https://no-color.org">no-color.org</a>).
	 * @return whether to use colour
	 */
	public boolean color() {
		return this.terminal && !this.environment.containsKey("NO_COLOR");
	}

	/**
	 * Returns the styles for this run's output: ANSI colours or none.
	 * @return the styles
	 */
	public Styles styles() {
		return new Styles(color());
	}

	/**
	 * Whether stack traces are wanted: {@code MIGRATION_DEBUG} is set to anything but
	 * {@code false}.
	 * @return whether to print stack traces
	 */
	public boolean debugFromEnvironment() {
		String value = this.environment.get("MIGRATION_DEBUG");
		return value != null && !value.isBlank() && !value.equalsIgnoreCase("false") && !value.equals("0");
	}

}
