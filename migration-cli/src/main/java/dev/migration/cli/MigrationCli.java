package dev.migration.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.cli.config.CliConfiguration;
import dev.migration.cli.config.Secrets;
import dev.migration.cli.log.ConsoleLog;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of {@code bin/migration}. {@link #main} runs a command in this process's
 * environment and exits with its status; {@link #run} runs one with a given environment and
 * working directory and returns what it printed, for tests and for embedding.
 *
 * <p>Exit status: 0 done; 1 failed, with a message on standard error starting {@code FAILED: };
 * 2 bad usage.
 */
public final class MigrationCli {

	/** The exit status of a command that failed. */
	public static final int FAILED = 1;

	/** The exit status of a command line that was wrong. */
	public static final int USAGE = 2;

	private MigrationCli() {
	}

	/**
	 * Runs a command and exits with its status.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		Invocation invocation = new Invocation(System.getenv(), Path.of(""), out, err, onTerminal(),
				Clock.systemDefaultZone());
		int status = execute(invocation, args);
		out.flush();
		err.flush();
		System.exit(status);
	}

	/**
	 * Whether the process talks to a terminal. Up to Java 21 {@link System#console()} answers;
	 * from Java 22 it returns a console even when the output is redirected, and
	 * {@code Console.isTerminal()} tells.
	 */
	private static boolean onTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	/**
	 * What a command printed, and its exit status.
	 *
	 * @param exitCode the exit status
	 * @param out what it printed on standard output
	 * @param err what it printed on standard error
	 */
	public record Result(int exitCode, String out, String err) {
	}

	/**
	 * Runs a command in this process, not on a terminal.
	 * @param args the command line, without {@code migration}
	 * @param environment the environment variables the command sees
	 * @param workingDirectory the folder the command runs in
	 * @return what it printed and its exit status
	 */
	public static Result run(List<String> args, Map<String, String> environment, Path workingDirectory) {
		return run(args, environment, workingDirectory, false, Clock.systemDefaultZone());
	}

	/**
	 * Runs a command in this process.
	 * @param args the command line, without {@code migration}
	 * @param environment the environment variables the command sees
	 * @param workingDirectory the folder the command runs in
	 * @param terminal whether to behave as on a terminal (progress as it goes, colour)
	 * @param clock the clock new revisions are dated with
	 * @return what it printed and its exit status
	 */
	public static Result run(List<String> args, Map<String, String> environment, Path workingDirectory,
			boolean terminal, Clock clock) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Invocation invocation = new Invocation(environment, workingDirectory, new PrintWriter(out, true),
				new PrintWriter(err, true), terminal, clock);
		int status = execute(invocation, args.toArray(String[]::new));
		invocation.out().flush();
		invocation.err().flush();
		return new Result(status, out.toString(), err.toString());
	}

	/**
	 * Runs a command.
	 * @param invocation the environment, working directory and output of the run
	 * @param args the command line, without {@code migration}
	 * @return the exit status
	 */
	public static int execute(Invocation invocation, String... args) {
		MigrationCommand root = new MigrationCommand(invocation);
		CommandLine commandLine = new CommandLine(root);
		commandLine.setOut(invocation.out());
		commandLine.setErr(invocation.err());
		commandLine.setColorScheme(Help.defaultColorScheme(invocation.color() ? Help.Ansi.ON : Help.Ansi.OFF));
		commandLine.setExecutionExceptionHandler(new Failures(root));
		commandLine.setParameterExceptionHandler(new UsageErrors());
		commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
		try (ConsoleLog.Attachment log = ConsoleLog.attach(invocation.err(), invocation.styles(), root::debug)) {
			return commandLine.execute(args);
		}
		finally {
			Workspace workspace = root.openedWorkspace();
			if (workspace != null) {
				workspace.close();
			}
		}
	}

	/**
	 * Prints a failure as {@code FAILED: message}: the engine's message as it is, passwords
	 * hidden, with the stack trace only when asked for.
	 */
	private static final class Failures implements IExecutionExceptionHandler {

		private final MigrationCommand root;

		Failures(MigrationCommand root) {
			this.root = root;
		}

		@Override
		public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
			PrintWriter err = commandLine.getErr();
			String message = (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
			List<String> secrets = secrets();
			String redacted = Secrets.redact(message, secrets);
			err.println(this.root.invocation().styles().failed("FAILED:") + " " + redacted);
			if (this.root.debug()) {
				StringWriter trace = new StringWriter();
				ex.printStackTrace(new PrintWriter(trace));
				err.print(Secrets.redact(trace.toString(), secrets));
			}
			else if (!(ex instanceof MigrationException)) {
				err.println("(an unexpected " + ex.getClass().getName() + "; run again with --debug for the stack "
						+ "trace)");
			}
			err.flush();
			return FAILED;
		}

		/** The configured password and those written in the URL, wherever they came from. */
		private List<String> secrets() {
			List<String> secrets = new ArrayList<>();
			Workspace workspace = this.root.openedWorkspace();
			if (workspace != null) {
				CliConfiguration configuration = workspace.configuration();
				addIfPresent(secrets, configuration.passwordValue());
				if (configuration.url() != null && configuration.url().problem() == null) {
					secrets.addAll(Secrets.passwordsIn(configuration.url().value()));
				}
			}
			Map<String, String> environment = this.root.invocation().environment();
			addIfPresent(secrets, this.root.flags().password());
			for (String name : List.of("MIGRATION_PASSWORD", "SPRING_DATASOURCE_PASSWORD")) {
				addIfPresent(secrets, environment.get(name));
			}
			for (String url : Arrays.asList(this.root.flags().url(), environment.get("MIGRATION_URL"),
					environment.get("SPRING_DATASOURCE_URL"))) {
				if (url != null) {
					secrets.addAll(Secrets.passwordsIn(url));
				}
			}
			return secrets;
		}

		private static void addIfPresent(List<String> secrets, @Nullable String secret) {
			if (secret != null) {
				secrets.add(secret);
			}
		}

	}

	/**
	 * Prints a usage error: the message, and where to read the command's help.
	 */
	private static final class UsageErrors implements IParameterExceptionHandler {

		@Override
		public int handleParseException(ParameterException ex, String[] args) {
			CommandLine commandLine = ex.getCommandLine();
			PrintWriter err = commandLine.getErr();
			err.println(Secrets.maskUrl(ex.getMessage()));
			CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
			err.println("Usage: " + commandLine.getHelp().synopsis(0).strip());
			err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
			err.flush();
			return USAGE;
		}

	}

}
