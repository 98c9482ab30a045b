package dev.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.revision.RevisionException;
import dev.migration.runtime.MigrationFailedException;
import dev.migration.runtime.MigrationListener;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link MigrationListener} hears about whole commands.
 */
class MigratorCommandListenerTests {

	@TempDir
	Path revisions;

	private final List<String> heard = new ArrayList<>();

	private final MigrationListener listener = new MigrationListener() {

		@Override
		public void commandFinished(MigrationResult result) {
			MigratorCommandListenerTests.this.heard.add("finished " + result.command() + " " + result.target() + " "
					+ result.fromHeads() + " -> " + result.toHeads() + " in " + result.steps().size() + " steps");
		}

		@Override
		public void commandFailed(String command, String target, Duration duration, RuntimeException failure) {
			MigratorCommandListenerTests.this.heard
				.add("failed " + command + " " + target + ": " + failure.getClass().getSimpleName());
		}

	};

	@Test
	void hearsEveryCommandAsItEnds() throws IOException {
		write("a.sql", "-- revision: a\n-- down_revision: none\n-- upgrade\nCREATE TABLE t (id INT);\n"
				+ "-- downgrade\nDROP TABLE t;\n");
		write("b.sql", "-- revision: b\n-- down_revision: a\n-- upgrade\nINSERT INTO missing_table VALUES (1);\n");
		Migrator migrator = migrator("listener_commands");
		migrator.upgrade("a");
		migrator.upgrade("a");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"));
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> migrator.upgrade("nope"));
		migrator.stamp(List.of("base"), false);
		assertThat(this.heard).containsExactly("finished upgrade a [] -> [a] in 1 steps",
				"finished upgrade a [a] -> [a] in 0 steps", "failed upgrade heads: MigrationFailedException",
				"failed upgrade nope: RevisionException", "finished stamp base [a] -> [] in 1 steps");
	}

	private Migrator migrator(String database) {
		MigrationSettings settings = MigrationSettings.defaults()
			.withLocations(List.of(Location.parse("filesystem:" + this.revisions)));
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
		return Migrator.builder()
			.dataSource(dataSource)
			.settings(settings)
			.listener(this.listener)
			.build();
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.revisions.resolve(name), content);
	}

}
