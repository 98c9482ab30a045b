package dev.migration.runtime;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationLockTests {

	@Test
	void waitsAreWrittenAsPeopleWriteThem() {
		assertThat(MigrationLock.readable(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(MigrationLock.readable(Duration.ofSeconds(90))).isEqualTo("1m30s");
		assertThat(MigrationLock.readable(Duration.ofHours(1).plusSeconds(5))).isEqualTo("1h5s");
		assertThat(MigrationLock.readable(Duration.ofMillis(250))).isEqualTo("250ms");
	}

}
