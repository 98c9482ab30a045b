package dev.migration.cli.command;

import java.io.PrintWriter;

import dev.migration.MigrationResult;
import dev.migration.cli.Invocation;
import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.cli.output.Durations;
import dev.migration.cli.output.Progress;

/**
 * What {@code upgrade}, {@code downgrade} and {@code stamp} share: the settings printed with
 * {@code -v}, progress as steps run, and a closing line.
 */
final class Runs {

	private Runs() {
	}

	/**
	 * Opens the project for a run that changes the database: with {@code -v}, prints its
	 * settings on standard error; online, shows progress.
	 */
	static Workspace prepare(MigrationCommand root, boolean verbose, boolean online) {
		Workspace workspace = root.workspace();
		Invocation invocation = root.invocation();
		if (!online) {
			workspace.forOfflineScript();
		}
		if (verbose) {
			workspace.describe().forEach(invocation.err()::println);
			invocation.err().flush();
		}
		if (online) {
			workspace.requireDatabase();
			workspace.listen(new Progress(invocation.out(), invocation.terminal(), verbose, invocation.styles(),
					System::nanoTime));
		}
		return workspace;
	}

	/**
	 * Prints how a run ended: {@code Upgraded from base to 6d3b1bd3a8b2: 5 revisions in 1.2 s},
	 * or {@code Nothing to upgrade: the database is at 6d3b1bd3a8b2}.
	 */
	static void summarize(Invocation invocation, MigrationResult result) {
		PrintWriter out = invocation.out();
		String command = result.command();
		if (result.nothingToDo()) {
			out.println("Nothing to " + command + ": the database is at " + Commands.rows(result.toHeads()));
			return;
		}
		String verb = switch (command) {
			case "upgrade" -> "Upgraded";
			case "downgrade" -> "Downgraded";
			default -> "Stamped";
		};
		int count = result.steps().size();
		String what = command.equals("stamp") ? "" : ": " + count + ((count == 1) ? " revision" : " revisions");
		out.println(invocation.styles().ok(verb) + " from " + Commands.rows(result.fromHeads()) + " to "
				+ Commands.rows(result.toHeads()) + what + " in " + Durations.format(result.duration()));
	}

}
