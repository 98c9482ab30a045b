package dev.migration.sample;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migration.dialect.Dialects;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application on a real PostgreSQL database, given as the README says: by
 * {@code spring.datasource.*} (the environment's {@code SPRING_DATASOURCE_*}).
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class SampleApplicationPostgresTests extends SampleApplicationTestCases {

	static TestDatabase db;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", db::jdbcUrl);
		registry.add("spring.datasource.username", db::user);
		registry.add("spring.datasource.password", db::password);
	}

	@Test
	void runsOnPostgresql() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).isEqualTo(db.jdbcUrl());
		}
	}

	@Test
	void indexIsBuiltConcurrently() {
		assertThat(this.migrator.upgradeSql("migrate_session_status:" + HEAD, Dialects.named("postgresql")))
			.contains("CREATE INDEX CONCURRENTLY ix_conversations_created_at ON conversations (created_at);");
		assertThat(this.migrator.downgradeSql(HEAD + ":migrate_session_status", Dialects.named("postgresql")))
			.contains("DROP INDEX CONCURRENTLY ix_conversations_created_at;");
		// A concurrent build that fails leaves an invalid index behind; this one is valid.
		assertThat(this.jdbc.sql("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_conversations_created_at'::regclass")
			.query(Boolean.class)
			.single()).isTrue();
	}

}
