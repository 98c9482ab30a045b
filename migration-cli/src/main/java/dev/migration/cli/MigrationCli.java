package dev.migration.cli;

/**
 * Entry point of {@code bin/migration}.
 */
public final class MigrationCli {

	private MigrationCli() {
	}

	public static void main(String[] args) {
		System.err.println("FAILED: the command line is not built yet");
		System.exit(1);
	}

}
