package dev.migration.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.migration.revision.Revision;

/**
 * A project's revision files, as years of work leave them: one folder per year, half the files
 * SQL and half YAML, in the shape {@link GraphShapes#branchesAndMerges} gives (a branch opened
 * or merged every 50 revisions; merges are empty revisions, as {@code migration merge} writes
 * them).
 */
final class RevisionFiles {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

	private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final LocalDateTime START = LocalDateTime.of(2012, 3, 1, 9, 30);

	private RevisionFiles() {
	}

	/**
	 * Writes the files of a project with some number of revisions.
	 * @param count how many revisions
	 * @return the folder holding them
	 */
	static Path write(int count) {
		List<Revision> shape = GraphShapes.branchesAndMerges(count);
		Map<String, String> ids = new HashMap<>();
		for (Revision revision : shape) {
			ids.put(revision.id(), UUID.nameUUIDFromBytes(revision.id().getBytes(StandardCharsets.UTF_8)).toString()
				.replace("-", "")
				.substring(0, 12));
		}
		try {
			Path root = Files.createTempDirectory("migration-bench-files-");
			int number = 0;
			for (Revision revision : shape) {
				number++;
				LocalDateTime created = START.plusHours(25L * number);
				Path folder = Files.createDirectories(root.resolve(String.valueOf(created.getYear())));
				String id = ids.get(revision.id());
				String down = revision.downRevisions().isEmpty() ? "none"
						: String.join(", ", revision.downRevisions().stream().map(ids::get).toList());
				boolean merge = revision.downRevisions().size() > 1;
				String table = String.format("table_%04d", number / 10);
				String name;
				String text;
				if (merge) {
					name = "merge_" + number;
					text = "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: Merge heads\n"
							+ "-- create_date: " + HEADER_DATE.format(created) + "\n\n-- upgrade\n\n-- downgrade\n";
				}
				else if (number % 10 == 1) {
					name = "create_" + table;
					text = sql(id, down, "Create " + table, created,
							"CREATE TABLE " + table + " (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
									+ "    name varchar(200) NOT NULL,\n    created_at timestamp NOT NULL DEFAULT now()\n);\n"
									+ "CREATE INDEX ix_" + table + "_name ON " + table + " (name);\n",
							"DROP TABLE " + table + ";\n");
				}
				else if (number % 2 == 0) {
					String column = "note_" + number;
					name = "add_" + column;
					text = yaml(id, down, "Add " + column + " to " + table, created,
							"  - add_column:\n      table_name: " + table + "\n      column: {name: " + column
									+ ", type: string(100), nullable: true}\n"
									+ "  - create_index:\n      index_name: ix_" + table + "_" + column
									+ "\n      table_name: " + table + "\n      columns: [" + column + "]\n");
				}
				else {
					String column = "flag_" + number;
					name = "add_" + column;
					text = sql(id, down, "Add " + column + " to " + table, created,
							"ALTER TABLE " + table + " ADD COLUMN " + column + " boolean NOT NULL DEFAULT false;\n"
									+ "UPDATE " + table + " SET " + column + " = true WHERE name LIKE 'a%';\n",
							"ALTER TABLE " + table + " DROP COLUMN " + column + ";\n");
				}
				String extension = (!merge && number % 2 == 0 && number % 10 != 1) ? ".yaml" : ".sql";
				Files.writeString(folder.resolve(FILE_DATE.format(created) + "_" + id + "_" + name + extension), text);
			}
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sql(String id, String down, String message, LocalDateTime created, String upgrade,
			String downgrade) {
		return "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: " + message + "\n-- create_date: "
				+ HEADER_DATE.format(created) + "\n\n-- upgrade\n" + upgrade + "\n-- downgrade\n" + downgrade;
	}

	private static String yaml(String id, String down, String message, LocalDateTime created, String upgrade) {
		String downRevision = down.contains(",") ? "[" + down + "]" : down;
		return "revision: " + id + "\ndown_revision: " + (down.equals("none") ? "null" : downRevision)
				+ "\nmessage: " + message + "\ncreate_date: " + HEADER_DATE.format(created) + "\nupgrade:\n" + upgrade;
	}

}
