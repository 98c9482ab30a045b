package dev.migration.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The same small migrations, written once for each tool in the form its users write them. Each
 * migration creates a small table and inserts a row in it:
 *
 * <pre>
 * CREATE TABLE item_0001 (id integer PRIMARY KEY, name varchar(100) NOT NULL);
 * INSERT INTO item_0001 (id, name) VALUES (1, 'item 1');
 * </pre>
 *
 * Under one folder:
 * <ul>
 * <li>{@code migration/}: this engine's SQL revision files, a straight line of revisions, named
 * {@code 20250101_0000_<rev>_create_item_0001.sql} as {@code migration revision} names them, with
 * a {@code -- downgrade} section;</li>
 * <li>{@code flyway/}: Flyway's {@code V1__create_item_0001.sql} files;</li>
 * <li>{@code liquibase/}: a master changelog {@code db.changelog-master.yaml} that includes each
 * migration's formatted-SQL changelog ({@code changes/0001_create_item_0001.sql}, one changeset
 * with its rollback) by name: Spring Boot's default changelog name, and the explicit list most
 * projects keep rather than {@code includeAll};</li>
 * <li>plain JDBC reads the statements from the Flyway files: they hold nothing else.</li>
 * </ul>
 */
final class SmallRevisions {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

	private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 9, 0);

	private SmallRevisions() {
	}

	/** The statements of migration {@code number}, the same for every tool. */
	static String statements(int number) {
		String table = table(number);
		return "CREATE TABLE " + table + " (id integer PRIMARY KEY, name varchar(100) NOT NULL);\n" + "INSERT INTO "
				+ table + " (id, name) VALUES (1, 'item " + number + "');\n";
	}

	static String table(int number) {
		return String.format("item_%04d", number);
	}

	/** A revision id as {@code migration revision} makes them: twelve hexadecimal digits. */
	static String revisionId(int number) {
		return UUID.nameUUIDFromBytes(("revision " + number).getBytes(StandardCharsets.UTF_8)).toString()
			.replace("-", "")
			.substring(0, 12);
	}

	/**
	 * Writes the migrations for every tool.
	 * @param count how many migrations
	 * @return the folder holding the tools' folders
	 */
	static Path write(int count) {
		try {
			Path root = Files.createTempDirectory("migration-bench-");
			Path ours = Files.createDirectories(root.resolve("migration"));
			Path flyway = Files.createDirectories(root.resolve("flyway"));
			Path liquibase = Files.createDirectories(root.resolve("liquibase"));
			Path changes = Files.createDirectories(liquibase.resolve("changes"));
			StringBuilder master = new StringBuilder("databaseChangeLog:\n");
			for (int number = 1; number <= count; number++) {
				String sql = statements(number);
				String slug = "create_" + table(number);
				LocalDateTime created = START.plusMinutes(10L * number);
				String id = revisionId(number);
				String down = (number == 1) ? "none" : revisionId(number - 1);
				Files.writeString(ours.resolve(FILE_DATE.format(created) + "_" + id + "_" + slug + ".sql"),
						"-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: Create " + table(number)
								+ "\n-- create_date: " + HEADER_DATE.format(created) + "\n\n-- upgrade\n" + sql
								+ "\n-- downgrade\nDROP TABLE " + table(number) + ";\n");
				Files.writeString(flyway.resolve("V" + number + "__" + slug + ".sql"), sql);
				String changelog = String.format("%04d_%s.sql", number, slug);
				Files.writeString(changes.resolve(changelog), "--liquibase formatted sql\n\n--changeset bench:" + slug
						+ "\n" + sql + "--rollback DROP TABLE " + table(number) + ";\n");
				master.append("  - include:\n      file: changes/")
					.append(changelog)
					.append("\n      relativeToChangelogFile: true\n");
			}
			Files.writeString(liquibase.resolve("db.changelog-master.yaml"), master);
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes a folder {@link #write} or {@link RevisionFiles} wrote.
	 * @param root the folder
	 */
	static void delete(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lists the Flyway files of a folder {@link #write} wrote, in version order.
	 * @param root the folder
	 * @return the files
	 */
	static List<Path> flywayFiles(Path root) {
		try (Stream<Path> files = Files.list(root.resolve("flyway"))) {
			return files.sorted(Comparator.comparingInt(SmallRevisions::version)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int version(Path file) {
		String name = file.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")));
	}

}
