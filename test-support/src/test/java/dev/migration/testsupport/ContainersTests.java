package dev.migration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Testcontainers path where there is no Docker, as on the machines without it: given up on at
 * once, without waking Testcontainers. (Where there is Docker, nothing is checked here.)
 */
class ContainersTests {

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void withoutDockerNoContainerIsStartedAndTheReasonIsGivenAtOnce(DatabaseKind kind) {
		Assumptions.assumeFalse(Containers.dockerMayBeThere(), "there may be a Docker engine here");
		long start = System.nanoTime();
		assertThatIllegalStateException().isThrownBy(() -> Containers.start(kind))
			.withMessageStartingWith("no Docker engine found");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
	}

}
