package dev.migration.testsupport;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases of one test class: its own and the siblings created from it. Closing drops them
 * all; the extension stores it in the class's extension context, which closes it after the class.
 */
final class ClassDatabases implements AutoCloseable {

	private final DatabaseServer server;

	private final List<TestDatabase> databases = new ArrayList<>();

	private boolean closed;

	private ClassDatabases(DatabaseServer server) {
		this.server = server;
	}

	/** Creates the first database of a class. */
	static ClassDatabases open(ServerAddress address) {
		ClassDatabases databases = new ClassDatabases(new DatabaseServer(address));
		try {
			databases.create();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database on the " + address + ": "
					+ ex.getMessage(), ex);
		}
		return databases;
	}

	/** The database the class asked for: the first one created. */
	synchronized TestDatabase primary() {
		return this.databases.get(0);
	}

	synchronized TestDatabase create() throws SQLException {
		if (this.closed) {
			throw new IllegalStateException("The test class is over and its databases have been dropped; "
					+ "create sibling databases during the tests");
		}
		String name = DatabaseServer.newName();
		String url = this.server.create(name);
		ServerAddress address = this.server.address();
		TestDatabase database = new TestDatabase(this, address.kind(), name, url, address.user(), address.password());
		this.databases.add(database);
		return database;
	}

	/** Drops every database, the last created first, trying all of them even when one fails. */
	@Override
	public synchronized void close() throws SQLException {
		this.closed = true;
		SQLException failure = null;
		for (int i = this.databases.size() - 1; i >= 0; i--) {
			String name = this.databases.get(i).name();
			try {
				this.server.drop(name);
			}
			catch (SQLException ex) {
				SQLException dropFailed = new SQLException("Could not drop the test database " + name + " on the "
						+ this.server.address() + ": " + ex.getMessage(), ex);
				if (failure == null) {
					failure = dropFailed;
				}
				else {
					failure.addSuppressed(dropFailed);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
