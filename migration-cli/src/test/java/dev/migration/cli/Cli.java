package dev.migration.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migration.testsupport.TestDatabase;

/**
 * Runs the command line in this JVM, in a working directory and environment of the test's
 * choosing, as a user would run {@code bin/migration} there.
 */
final class Cli {

	private final Path workingDirectory;

	private final Map<String, String> environment = new HashMap<>();

	private Clock clock = Clock.systemDefaultZone();

	private boolean terminal;

	Cli(Path workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	/** A command line connected to the test's database through MIGRATION_URL, _USER and _PASSWORD. */
	static Cli connectedTo(TestDatabase db, Path workingDirectory) {
		return new Cli(workingDirectory).env("MIGRATION_URL", db.jdbcUrl())
			.env("MIGRATION_USER", db.user())
			.env("MIGRATION_PASSWORD", db.password());
	}

	Cli env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	Cli at(LocalDateTime time) {
		this.clock = Clock.fixed(time.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
		return this;
	}

	Cli onTerminal() {
		this.terminal = true;
		return this;
	}

	Path workingDirectory() {
		return this.workingDirectory;
	}

	MigrationCli.Result run(String... args) {
		return MigrationCli.run(List.of(args), this.environment, this.workingDirectory, this.terminal, this.clock);
	}

}
