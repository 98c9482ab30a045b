package dev.migration.docs;

import java.util.List;

import javax.sql.DataSource;

import dev.migration.Migrator;
import dev.migration.java.JavaRevisions;

/**
 * The guide's snippets of the engine's Java API, between their tags, so that they compile.
 */
final class JavaApiExamples {

	private JavaApiExamples() {
	}

	static void register(DataSource dataSource) {
		// tag::register[]
		Migrator migrator = Migrator.builder()
			.dataSource(dataSource)
			.revisions(JavaRevisions.scripts(List.of(new MigrateSessionStatus())))
			.build();
		migrator.upgrade("heads");
		// end::register[]
	}

	static void listener(DataSource dataSource) {
		// tag::listener[]
		Migrator migrator = Migrator.builder()
			.dataSource(dataSource)
			.listener(new AnalyzeAfterUpgrade(dataSource))
			.build();
		// end::listener[]
		migrator.upgrade("heads");
	}

}
