package dev.migration.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.migration.Migrator;
import dev.migration.source.Location;

/**
 * Writes revision files into a folder for a test, and builds migrators over it.
 */
final class RevisionFiles {

	private final Path folder;

	RevisionFiles(Path folder) {
		this.folder = folder;
	}

	Path folder() {
		return this.folder;
	}

	/** Writes a SQL revision; {@code downgrade} may be null for none. */
	RevisionFiles sql(String file, String id, String down, String upgrade, String downgrade) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: ").append(id).append('\n');
		text.append("-- down_revision: ").append(down).append('\n');
		text.append("-- message: ").append(id.replace('_', ' ')).append("\n\n");
		text.append("-- upgrade\n").append(upgrade).append('\n');
		if (downgrade != null) {
			text.append("\n-- downgrade\n").append(downgrade).append('\n');
		}
		return write(file, text.toString());
	}

	RevisionFiles write(String file, String content) {
		try {
			Files.writeString(this.folder.resolve(file), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** A linear chain of revisions r01..rNN, each creating a table t01..tNN. */
	RevisionFiles chain(int count) {
		for (int i = 1; i <= count; i++) {
			String id = String.format("r%02d", i);
			String down = (i == 1) ? "none" : String.format("r%02d", i - 1);
			String table = String.format("t%02d", i);
			sql(String.format("%03d_%s.sql", i, id), id, down, "CREATE TABLE " + table + " (id INT PRIMARY KEY);",
					"DROP TABLE " + table + ";");
		}
		return this;
	}

	Migrator migrator(DataSource dataSource) {
		return migrator(dataSource, MigrationSettings.defaults());
	}

	Migrator migrator(DataSource dataSource, MigrationSettings settings) {
		return Migrator.builder()
			.dataSource(dataSource)
			.settings(settings.withLocations(List.of(Location.parse("filesystem:" + this.folder))))
			.build();
	}

}
