package dev.migration.source;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.migration.revision.InvalidRevisionsException;
import dev.migration.revision.Revision;
import dev.migration.script.MigrationContext;
import dev.migration.script.RevisionScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading revisions from folders, jars and code: what is read, in which order, and the problems
 * reported.
 */
class RevisionLoaderTests {

	@TempDir
	Path temp;

	@Test
	void readsSubFoldersInFileNameOrder() throws IOException {
		write("b/20240101_0000_first.sql", revision("first", "none"));
		write("a/20240102_0000_second.sql", revision("second", "first"));
		write("20240103_0000_third.sql", revision("third", "second"));
		LoadedRevisions loaded = new RevisionLoader().load(List.of(filesystem()));
		assertThat(loaded.scripts()).extracting((script) -> script.revision().source()).containsExactly(
				filesystem() + "/b/20240101_0000_first.sql", filesystem() + "/a/20240102_0000_second.sql",
				filesystem() + "/20240103_0000_third.sql");
		assertThat(loaded.missingLocations()).isEmpty();
	}

	@Test
	void sameFileNamesAreOrderedByTheirFullLocation() throws IOException {
		write("z/same.sql", revision("from_z", "none"));
		write("a/same.sql", revision("from_a", "none"));
		assertThat(ids(new RevisionLoader().load(List.of(filesystem())))).containsExactly("from_a", "from_z");
	}

	@Test
	void skipsFilesNoParserReadsAndHiddenOnes() throws IOException {
		write("20240101_a.sql", revision("a", "none"));
		write("notes.txt", "not a revision");
		write("20240101_a.sql.bak", "-- broken copy");
		write(".20240101_b.sql", "-- editor swap file");
		write(".git/c.sql", "-- not ours");
		write("..2024_06_01/d.sql", "-- Kubernetes' copy behind ..data");
		assertThat(ids(new RevisionLoader().load(List.of(filesystem())))).containsExactly("a");
	}

	@Test
	void reportsTheProblemsOfEveryFileAtOnceInLoadOrder() throws IOException {
		write("3_good.sql", revision("good", "none"));
		write("2_broken.sql", "-- revision: broken\n-- upgrade\nSELECT 1;\n");
		write("1_worse.sql", "SELECT 1;\n");
		write("4_latin1.sql", new byte[] { '-', '-', ' ', (byte) 0xE9, '\n' });
		Location location = filesystem();
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> new RevisionLoader().load(List.of(location)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InvalidRevisionsException.Problem::source)
				.containsExactly(location + "/1_worse.sql", location + "/1_worse.sql", location + "/1_worse.sql",
						location + "/2_broken.sql", location + "/4_latin1.sql"))
			.satisfies((ex) -> assertThat(ex.problems().get(4))
				.hasToString(location + "/4_latin1.sql: The file is not valid UTF-8. Save it with the UTF-8 encoding."));
	}

	@Test
	void reportsTheGraphsProblemsWithTheFilesProblems() throws IOException {
		write("1_broken.sql", "-- revision: broken\n-- upgrade\nSELECT 1;\n");
		write("2_after_broken.sql", revision("after_broken", "broken"));
		write("3_first.sql", revision("first", "none"));
		write("4_again.sql", revision("first", "none"));
		write("5_unknown.sql", revision("orphan", "nowhere"));
		Location location = filesystem();
		// 'broken' could not be read, so nothing can tell whether 'nowhere' is its id: only
		// the duplicate id is a problem of the graph that is certain.
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> new RevisionLoader().load(List.of(location)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InvalidRevisionsException.Problem::source)
				.containsExactly(location + "/1_broken.sql", location + "/4_again.sql"))
			.satisfies((ex) -> assertThat(ex.problems().get(1).message())
				.isEqualTo("revision id 'first' is already used by " + location + "/3_first.sql; give one of the two "
						+ "revisions a new id"));
	}

	@Test
	void reportsLocationsThatDoNotExist() {
		Location missing = Location.parse("filesystem:" + this.temp.resolve("nowhere"));
		Location missingOnClasspath = Location.parse("classpath:no/such/folder");
		LoadedRevisions loaded = new RevisionLoader().load(List.of(missing, missingOnClasspath));
		assertThat(loaded.scripts()).isEmpty();
		assertThat(loaded.missingLocations()).containsExactly(missing, missingOnClasspath);
	}

	@Test
	void aLocationMayBeASingleFile() throws IOException {
		Path file = write("only.sql", revision("only", "none"));
		LoadedRevisions loaded = new RevisionLoader().load(List.of(Location.parse(file.toString())));
		assertThat(loaded.scripts()).extracting((script) -> script.revision().source())
			.containsExactly("filesystem:" + file);
	}

	@Test
	void readsClasspathFolders() throws IOException {
		write("classes/db/revisions/sub/20240102_b.sql", revision("b", "a"));
		write("classes/db/revisions/20240101_a.sql", revision("a", "none"));
		try (URLClassLoader classLoader = classLoader(this.temp.resolve("classes").toUri().toURL())) {
			LoadedRevisions loaded = new RevisionLoader(List.of(), classLoader)
				.load(List.of(Location.parse("classpath:db/revisions")));
			assertThat(loaded.scripts()).extracting((script) -> script.revision().source())
				.containsExactly("classpath:db/revisions/20240101_a.sql", "classpath:db/revisions/sub/20240102_b.sql");
		}
	}

	@Test
	void readsPlainJars() throws IOException {
		Path jar = jar("app.jar", Map.of("db/revisions/20240101_a.sql", revision("a", "none"),
				"db/revisions/sub/20240102_b.sql", revision("b", "a"), "db/revisions/readme.txt", "ignored",
				"db/other/20240100_x.sql", revision("x", "none")));
		try (URLClassLoader classLoader = classLoader(jar.toUri().toURL())) {
			LoadedRevisions loaded = new RevisionLoader(List.of(), classLoader)
				.load(List.of(Location.parse("classpath:db/revisions")));
			assertThat(loaded.scripts()).extracting((script) -> script.revision().source())
				.containsExactly("classpath:db/revisions/20240101_a.sql", "classpath:db/revisions/sub/20240102_b.sql");
			assertThat(loaded.scripts().get(0).checksum()).isEqualTo(RevisionContent.checksum(revision("a", "none")));
		}
	}

	@Test
	void readsTheClassesOfASpringBootExecutableJar() throws IOException {
		Path jar = jar("boot.jar", Map.of("BOOT-INF/classes/db/revisions/20240101_a.sql", revision("a", "none"),
				"BOOT-INF/classes/db/revisions/more/20240102_b.sql", revision("b", "a"),
				"BOOT-INF/lib/dependency.jar", "not a revision"));
		URL classes = new URL("jar:" + jar.toUri() + "!/BOOT-INF/classes/");
		try (URLClassLoader classLoader = classLoader(classes)) {
			LoadedRevisions loaded = new RevisionLoader(List.of(), classLoader)
				.load(List.of(Location.parse("classpath:db/revisions")));
			assertThat(loaded.scripts()).extracting((script) -> script.revision().source())
				.containsExactly("classpath:db/revisions/20240101_a.sql", "classpath:db/revisions/more/20240102_b.sql");
		}
	}

	@Test
	void mergesSeveralLocationsIntoOneOrder() throws IOException {
		Path jar = jar("app.jar", Map.of("db/revisions/20240102_b.sql", revision("b", "a")));
		write("extra/20240101_a.sql", revision("a", "none"));
		write("extra/20240103_c.sql", revision("c", "b"));
		try (URLClassLoader classLoader = classLoader(jar.toUri().toURL())) {
			LoadedRevisions loaded = new RevisionLoader(List.of(), classLoader).load(
					List.of(Location.parse("classpath:db/revisions"), Location.parse(this.temp.resolve("extra").toString())));
			assertThat(ids(loaded)).containsExactly("a", "b", "c");
		}
	}

	@Test
	void readsAFileOnceWhenLocationsOverlap() throws IOException {
		write("db/revisions/20240101_a.sql", revision("a", "none"));
		write("db/20240102_b.sql", revision("b", "a"));
		LoadedRevisions loaded = new RevisionLoader().load(List.of(Location.parse(this.temp.resolve("db").toString()),
				Location.parse(this.temp.resolve("db/revisions").toString())));
		assertThat(ids(loaded)).containsExactly("a", "b");
	}

	@Test
	void placesScriptsRegisteredInCodeByTheLastSegmentOfTheirSource() throws IOException {
		write("20240101_a.sql", revision("a", "none"));
		write("20240103_c.sql", revision("c", "b"));
		RevisionScript b = new CodeScript(new Revision("b", List.of("a"), List.of(), List.of(), "", null,
				"java:com.example.revisions.20240102_b"));
		RevisionScript z = new CodeScript(Revision.of("z", "c").withSource("java:com.example.Z_last"));
		LoadedRevisions loaded = new RevisionLoader().load(List.of(filesystem()), List.of(z, b));
		assertThat(ids(loaded)).containsExactly("a", "b", "c", "z");
	}

	@Test
	void usesTheGivenParsersAndAlwaysReadsSql() throws IOException {
		write("20240101_a.sql", revision("a", "none"));
		write("20240102_b.yaml", "revision: b");
		RevisionFileParser yaml = new RevisionFileParser() {

			@Override
			public boolean supports(String fileName) {
				return fileName.endsWith(".yaml");
			}

			@Override
			public RevisionScript parse(RevisionFile file) {
				return new CodeScript(Revision.of("b", "a").withSource(file.location()));
			}

		};
		assertThat(ids(new RevisionLoader(List.of(yaml), null).load(List.of(filesystem())))).containsExactly("a", "b");
	}

	@Test
	void loadsFiveThousandFilesQuickly() throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("many"));
		for (int i = 0; i < 5000; i++) {
			String id = String.format("r%05d", i);
			Files.writeString(folder.resolve(String.format("20240101_%05d_%s.sql", i, id)),
					revision(id, (i == 0) ? "none" : String.format("r%05d", i - 1)) + "CREATE INDEX ix_" + id
							+ " ON t (c);\n-- downgrade\nDROP INDEX ix_" + id + ";\n");
		}
		RevisionLoader loader = new RevisionLoader();
		List<Location> locations = List.of(Location.parse(folder.toString()));
		loader.load(locations);
		long start = System.nanoTime();
		LoadedRevisions loaded = loader.load(locations);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("Loaded 5000 SQL revision files in " + millis + " ms");
		assertThat(loaded.scripts()).hasSize(5000);
		assertThat(loaded.scripts().get(4999).revision().id()).isEqualTo("r04999");
		assertThat(millis).as("milliseconds to load 5000 files").isLessThan(3000);
	}

	private static String revision(String id, String downRevision) {
		return "-- revision: " + id + "\n-- down_revision: " + downRevision + "\n\n-- upgrade\n";
	}

	private Location filesystem() {
		return Location.parse("filesystem:" + this.temp);
	}

	private Path write(String path, String content) throws IOException {
		return write(path, content.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(String path, byte[] content) throws IOException {
		Path file = this.temp.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

	/**
	 * Writes a jar with the given files and, as build tools do, an entry for every folder.
	 */
	private Path jar(String name, Map<String, String> files) throws IOException {
		Path jar = this.temp.resolve(name);
		Set<String> folders = new LinkedHashSet<>();
		for (String path : files.keySet()) {
			for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
				folders.add(path.substring(0, slash + 1));
			}
		}
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
			for (String folder : folders) {
				jarOut.putNextEntry(new JarEntry(folder));
				jarOut.closeEntry();
			}
			for (Map.Entry<String, String> file : new LinkedHashMap<>(files).entrySet()) {
				jarOut.putNextEntry(new JarEntry(file.getKey()));
				jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				jarOut.closeEntry();
			}
		}
		return jar;
	}

	private static URLClassLoader classLoader(URL url) {
		return new URLClassLoader(new URL[] { url }, null);
	}

	private static List<String> ids(LoadedRevisions loaded) {
		return loaded.scripts().stream().map((script) -> script.revision().id()).toList();
	}

	/**
	 * A script declared in code, doing nothing.
	 */
	private record CodeScript(Revision revision) implements RevisionScript {

		@Override
		public String checksum() {
			return "";
		}

		@Override
		public boolean transactional() {
			return true;
		}

		@Override
		public boolean hasDowngrade() {
			return true;
		}

		@Override
		public void upgrade(MigrationContext context) {
		}

		@Override
		public void downgrade(MigrationContext context) {
		}

	}

}
