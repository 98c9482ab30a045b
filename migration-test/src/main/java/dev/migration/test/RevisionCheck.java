package dev.migration.test;

import javax.sql.DataSource;

import dev.migration.Migrator;

/**
 * An application's revisions and a database to check them on, as a {@link MigrationTest} class's
 * methods receive them.
 */
public final class RevisionCheck {

	private final Migrator migrator;

	private final DataSource dataSource;

	/**
	 * Creates a check.
	 * @param migrator the revisions and settings; its own database, if any, is not used
	 * @param dataSource the database to check on
	 */
	public RevisionCheck(Migrator migrator, DataSource dataSource) {
		this.migrator = migrator;
		this.dataSource = dataSource;
	}

	/**
	 * Returns the migrator, without a database.
	 * @return the migrator
	 */
	public Migrator migrator() {
		return this.migrator;
	}

	/**
	 * Returns the database.
	 * @return the database
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Asserts that every revision round-trips, as
	 * {@link MigrationAssertions#assertRoundTrip(Migrator, DataSource)} does.
	 */
	public void assertRoundTrip() {
		MigrationAssertions.assertRoundTrip(this.migrator, this.dataSource);
	}

	/**
	 * Asserts that the lint finds no error, for the kind of the database, as
	 * {@link MigrationAssertions#assertNoLintErrors(Migrator, DataSource)} does.
	 */
	public void assertNoLintErrors() {
		MigrationAssertions.assertNoLintErrors(this.migrator, this.dataSource);
	}

	@Override
	public String toString() {
		return "RevisionCheck[" + this.migrator.settings().locations() + " on " + this.dataSource + "]";
	}

}
