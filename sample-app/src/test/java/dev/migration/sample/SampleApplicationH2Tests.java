package dev.migration.sample;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import dev.migration.dialect.Dialects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application as {@code java -jar} runs it: on the embedded H2 database, with no
 * setup.
 */
class SampleApplicationH2Tests extends SampleApplicationTestCases {

	@Test
	void runsOnTheEmbeddedDatabase() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:sample");
		}
	}

	@Test
	void concurrentIndexIsAPlainIndexOnH2() {
		String script = this.migrator.upgradeSql("migrate_session_status:" + HEAD, Dialects.named("h2"));
		assertThat(script).contains("CREATE INDEX ix_conversations_created_at ON conversations (created_at);")
			.doesNotContain("CONCURRENTLY");
	}

}
