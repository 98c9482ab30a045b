package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help, version, shell completion, and usage errors (exit status 2); no database is needed.
 */
class UsageTests {

	@TempDir
	Path project;

	private Cli cli;

	@BeforeEach
	void cli() {
		this.cli = new Cli(this.project).env("MIGRATION_URL", "jdbc:postgresql://127.0.0.1:1/never-connected");
	}

	@Test
	void badUsageExitsWithTwo() {
		assertUsage(this.cli.run("frobnicate"), "Unmatched argument at index 0: 'frobnicate'");
		assertUsage(this.cli.run("upgrade"), "Missing required parameter: 'REVISION'");
		assertUsage(this.cli.run("upgrade", "head", "--frob"), "Unknown option: '--frob'");
		assertUsage(this.cli.run("stamp", "head", "--purge", "--sql"), "Can't use --purge with --sql mode");
		assertUsage(this.cli.run("upgrade", "a1:b2"), "Range revision not allowed");
		assertUsage(this.cli.run("downgrade", "base", "--sql"), "downgrade with --sql requires <fromrev>:<torev>");
		assertUsage(this.cli.run("history", "-r", "a1"), "History range requires [start]:[end], [start]:, or :[end]");
		assertUsage(this.cli.run("revision", "--autogenerate", "-m", "x"), "--autogenerate is not supported: there "
				+ "are no models to compare with. Write the revision's statements yourself: migration revision -m \"...\"");
	}

	private static void assertUsage(MigrationCli.Result result, String message) {
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err()).startsWith(message + "\n").contains("\nUsage: migration")
			.containsPattern("Try 'migration( \\w+)? --help' for more information.\n$");
		assertThat(result.out()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "init", "revision", "merge", "upgrade", "downgrade", "stamp", "current", "history", "heads",
			"branches", "show", "check" })
	void everyCommandHasHelpWithExamples(String command) {
		MigrationCli.Result help = this.cli.run(command, "--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).startsWith("Usage: migration " + command).contains("\nExamples\n  migration " + command);
		assertThat(help.err()).isEmpty();
	}

	@Test
	void topLevelHelpListsTheCommands() {
		MigrationCli.Result help = this.cli.run("--help");
		assertThat(help.exitCode()).isZero();
		for (String command : List.of("init", "revision", "merge", "upgrade", "downgrade", "stamp", "current", "history",
				"heads", "branches", "show", "check", "generate-completion")) {
			assertThat(help.out()).containsPattern("\n  " + command + " +\\S");
		}
		assertThat(this.cli.run().exitCode()).isEqualTo(2);
		assertThat(this.cli.run("--version").out()).matches("migration \\d+\\.\\d+\\.\\d+.*\n");
	}

	@Test
	void generatesABashCompletionScript() {
		MigrationCli.Result completion = this.cli.run("generate-completion");
		assertThat(completion.exitCode()).isZero();
		assertThat(completion.out()).contains("complete -F _complete_migration", "upgrade", "--version-table");
	}

}
