package dev.migration.benchmarks;

import java.nio.file.Path;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A database that a tool has brought up to date with {@value #REVISIONS} small revisions, the
 * same files on disk, and a pool on it: the state of the up-to-date check benchmarks. Each tool
 * has its own database, {@code <prefix><tool>}, dropped with the files by {@link #cleanUp()}.
 */
@State(Scope.Benchmark)
public abstract class UpToDateDatabase {

	static final int REVISIONS = 1000;

	@Param({ "MIGRATION", "FLYWAY", "LIQUIBASE" })
	Tool tool;

	Path files;

	String database;

	HikariDataSource dataSource;

	/**
	 * Writes the files, creates the database, has the tool apply them ({@link #migrate()}),
	 * opens the pool if the migration did not, and checks that every revision was applied;
	 * cleans up when any of it fails.
	 * @param prefix the start of the database's name
	 */
	final void prepare(String prefix) {
		this.tool.requireUpToDateCheck();
		this.files = SmallRevisions.write(REVISIONS);
		this.database = prefix + this.tool.name().toLowerCase(Locale.ROOT);
		try {
			Postgres.recreate(this.database);
			migrate();
			if (this.dataSource == null) {
				this.dataSource = Postgres.pool(this.database);
			}
			checkApplied();
		}
		catch (RuntimeException ex) {
			cleanUp();
			throw ex;
		}
	}

	/** Has the tool apply the files to the new database. */
	abstract void migrate();

	/** Fails the run unless the database holds every revision, and nothing more. */
	final void checkApplied() {
		this.tool.checkApplied(this.dataSource, REVISIONS);
	}

	final void cleanUp() {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
		Postgres.drop(this.database);
		SmallRevisions.delete(this.files);
	}

}
