package dev.migration.source;

import dev.migration.MigrationException;
import dev.migration.source.Location.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parsing locations as users write them.
 */
class LocationTests {

	@Test
	void readsClasspathLocations() {
		assertThat(Location.parse("classpath:db/revisions")).isEqualTo(new Location(Kind.CLASSPATH, "db/revisions"));
		assertThat(Location.parse(" classpath:/db/revisions/ ")).isEqualTo(new Location(Kind.CLASSPATH, "db/revisions"));
		assertThat(Location.parse("Classpath:db")).isEqualTo(new Location(Kind.CLASSPATH, "db"));
	}

	@Test
	void readsFilesystemLocationsWithOrWithoutPrefix() {
		assertThat(Location.parse("filesystem:/srv/revisions/")).isEqualTo(new Location(Kind.FILESYSTEM, "/srv/revisions"));
		assertThat(Location.parse("/srv/revisions")).isEqualTo(new Location(Kind.FILESYSTEM, "/srv/revisions"));
		assertThat(Location.parse("db/revisions")).isEqualTo(new Location(Kind.FILESYSTEM, "db/revisions"));
		assertThat(Location.parse("C:\\app\\revisions")).isEqualTo(new Location(Kind.FILESYSTEM, "C:\\app\\revisions"));
		assertThat(Location.parse("filesystem:/")).isEqualTo(new Location(Kind.FILESYSTEM, "/"));
	}

	@Test
	void printsAsWrittenAndNamesFilesBelowIt() {
		Location location = Location.parse("classpath:/db/revisions/");
		assertThat(location).hasToString("classpath:db/revisions");
		assertThat(location.resolve("sub/a.sql")).isEqualTo("classpath:db/revisions/sub/a.sql");
		assertThat(location.resolve("")).isEqualTo("classpath:db/revisions");
	}

	@Test
	void rejectsUnknownPrefixes() {
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Location.parse("classpth:db/revisions"))
			.withMessage("Unknown location prefix 'classpth:' in 'classpth:db/revisions'. Write 'classpath:<folder>' for "
					+ "a folder on the class path, or 'filesystem:<folder>' (or just the folder) for a folder on disk.");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Location.parse("https://example.com/x"))
			.withMessageStartingWith("Unknown location prefix 'https:'");
	}

	@Test
	void rejectsEmptyLocations() {
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Location.parse("classpath:"))
			.withMessage("A classpath: location needs a folder, for example classpath:db/revisions.");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Location.parse("classpath:/"))
			.withMessage("A classpath: location needs a folder, for example classpath:db/revisions.");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Location.parse("  "))
			.withMessage("A location is empty. Write 'classpath:<folder>' or 'filesystem:<folder>', for example "
					+ "classpath:db/revisions.");
	}

	@Test
	void readsCommaSeparatedLists() {
		assertThat(Location.parseList("classpath:db/revisions, filesystem:/srv/extra,,")).containsExactly(
				new Location(Kind.CLASSPATH, "db/revisions"), new Location(Kind.FILESYSTEM, "/srv/extra"));
	}

}
