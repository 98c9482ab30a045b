package dev.migration.cli.scaffold;

import java.nio.file.Path;

/**
 * The files {@code init} writes.
 */
public final class ProjectFiles {

	/** The revisions folder of a project: where {@code classpath:db/revisions} is read from. */
	public static final String DEFAULT_FOLDER = "src/main/resources/db/revisions";

	/** The command line's configuration file, in the folder it runs in. */
	public static final String PROPERTIES = "migration.properties";

	private ProjectFiles() {
	}

	/**
	 * Returns the text of {@code migration.properties}: every setting commented out with its
	 * default, except the locations when the revisions folder is not the default one.
	 * @param project the project folder
	 * @param revisions the revisions folder
	 * @return the text
	 */
	public static String properties(Path project, Path revisions) {
		boolean defaultFolder = revisions.equals(project.resolve(DEFAULT_FOLDER).normalize());
		String location = revisions.startsWith(project) ? project.relativize(revisions).toString().replace('\\', '/')
				: revisions.toString();
		return """
				# Settings of bin/migration, the command line.
				#
				# Flags (--url, --user, --password, ...) and the environment (MIGRATION_URL, MIGRATION_USER,
				# MIGRATION_PASSWORD, MIGRATION_LOCATIONS, then SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME,
				# SPRING_DATASOURCE_PASSWORD) take precedence over this file; settings missing here are read from
				# src/main/resources/application.{properties,yml,yaml} (spring.datasource.*, migration.*).
				# ${VAR} and ${VAR:default} read environment variables: keep passwords out of this file.

				# JDBC URL of the database.
				#migration.url=jdbc:postgresql://localhost:5432/app
				#migration.user=app
				#migration.password=${DB_PASSWORD}

				# Where revision files are: classpath:PATH (read from src/main/resources) or filesystem:PATH,
				# comma-separated.
				""" + (defaultFolder ? "#migration.locations=classpath:db/revisions\n"
						: "migration.locations=filesystem:" + location + "\n")
				+ """

				# The version table, Alembic's by default.
				#migration.version-table=alembic_version
				#migration.version-table-schema=

				# The revision log, beside the version table; by default its name followed by _log.
				#migration.log-table=alembic_version_log

				# The database offline scripts (--sql) are written for, when no URL says it:
				# postgresql, mariadb, mysql or h2.
				#migration.dialect=postgresql

				# Each revision in its own transaction (per-revision), or every pending revision in one (all).
				#migration.transaction-mode=per-revision

				# How long to wait for the migration lock another runner holds; how long a migration statement
				# may wait for a table lock, and run (unset: the database's settings). Durations as the Spring
				# Boot starter reads them: 500ms, 10s, 5m, 1h, or ISO-8601 PT5M; a bare number is milliseconds.
				#migration.lock-wait-timeout=5m
				#migration.lock-timeout=
				#migration.statement-timeout=
				""";
	}

}
