package dev.migration.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migration.Migrator;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

/**
 * SQL revision files in a folder, and a migrator over them with no database of its own.
 */
final class RevisionFolder {

	private final Path folder;

	private int files;

	RevisionFolder(Path folder) {
		this.folder = folder;
	}

	/** Writes a SQL revision; {@code downgrade} may be null for none. Files sort in the order written. */
	RevisionFolder sql(String id, String down, String message, String upgrade, String downgrade) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: ").append(id).append('\n');
		text.append("-- down_revision: ").append(down).append('\n');
		text.append("-- message: ").append(message).append("\n\n");
		text.append("-- upgrade\n").append(upgrade).append('\n');
		if (downgrade != null) {
			text.append("\n-- downgrade\n").append(downgrade).append('\n');
		}
		try {
			Files.writeString(this.folder.resolve(String.format("%03d_%s.sql", ++this.files, id)), text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	String source(String id) {
		try (var paths = Files.list(this.folder)) {
			return "filesystem:" + paths.filter((path) -> path.getFileName().toString().endsWith("_" + id + ".sql"))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Migrator migrator() {
		return Migrator.builder()
			.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse("filesystem:" + this.folder))))
			.build();
	}

}
