package dev.migration.testsupport;

/**
 * The kinds of database a test class can ask for with {@link DatabaseTest}.
 */
public enum DatabaseKind {

	/** A PostgreSQL server (13 or later); each test class gets a database of its own on it. */
	POSTGRESQL("PostgreSQL"),

	/** A MariaDB server; each test class gets a database (a schema) of its own on it. */
	MARIADB("MariaDB"),

	/**
	 * An in-memory H2 database per test class. H2 is not a dependency of the test support: add
	 * {@code com.h2database:h2} to the test classpath to use it.
	 */
	H2("H2");

	private final String label;

	DatabaseKind(String label) {
		this.label = label;
	}

	/** The product name, as people write it: {@code PostgreSQL}, {@code MariaDB}, {@code H2}. */
	@Override
	public String toString() {
		return this.label;
	}

}
