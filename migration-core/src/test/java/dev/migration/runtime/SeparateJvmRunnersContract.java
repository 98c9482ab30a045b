package dev.migration.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runners in JVMs of their own, as application replicas booting together.
 */
abstract class SeparateJvmRunnersContract {

	@TempDir
	Path folder;

	@Test
	void eightJvmsAtOnceApplyEachRevisionExactlyOnce(TestDatabase db) throws Exception {
		new RevisionFiles(this.folder).chain(50);
		List<String> outcomes = ConcurrentRunners.inJvms(8, db, this.folder);
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome).startsWith("0|").contains("RAN "));
		int total = outcomes.stream()
			.mapToInt((outcome) -> Integer.parseInt(outcome.replaceAll("(?s).*RAN (\\d+).*", "$1")))
			.sum();
		assertThat(total).isEqualTo(50);
		assertThat(count(db, "SELECT COUNT(*) FROM alembic_version_log WHERE direction = 'upgrade' AND success = TRUE"))
			.isEqualTo(50);
		assertThat(count(db, "SELECT COUNT(DISTINCT revision) FROM alembic_version_log")).isEqualTo(50);
	}

	static long count(TestDatabase db, String sql) throws SQLException {
		try (var connection = db.connection();
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
