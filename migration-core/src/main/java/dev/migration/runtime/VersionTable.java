package dev.migration.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialect;
import dev.migration.revision.VersionChange;

/**
 * Alembic's version table: one {@code version_num} column, one row per current head. The same
 * layout Alembic creates, so that a database can move between Alembic and this engine.
 */
final class VersionTable {

	private final Dialect dialect;

	private final @Nullable String schema;

	private final String name;

	private final String qualified;

	VersionTable(Dialect dialect, @Nullable String schema, String name) {
		this.dialect = dialect;
		this.schema = schema;
		this.name = name;
		this.qualified = dialect.qualify(schema, name);
	}

	String name() {
		return this.name;
	}

	String createStatement() {
		return "CREATE TABLE IF NOT EXISTS " + this.qualified + " (version_num " + this.dialect.versionColumnType()
				+ " NOT NULL, CONSTRAINT " + this.dialect.quote(this.name + "_pkc") + " PRIMARY KEY (version_num))";
	}

	String dropStatement() {
		return "DROP TABLE " + this.qualified;
	}

	boolean exists(Connection connection) throws SQLException {
		return tableExists(connection, this.schema, this.name);
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(createStatement());
		}
	}

	/** The rows, or none when the table does not exist yet. */
	List<String> read(Connection connection) throws SQLException {
		if (!exists(connection)) {
			return List.of();
		}
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM " + this.qualified)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	/** The statement that makes one change; ids are checked revision ids, safe as literals. */
	String statement(VersionChange change) {
		if (change instanceof VersionChange.Insert insert) {
			return "INSERT INTO " + this.qualified + " (version_num) VALUES (" + this.dialect.literal(insert.version())
					+ ")";
		}
		if (change instanceof VersionChange.Update update) {
			return "UPDATE " + this.qualified + " SET version_num=" + this.dialect.literal(update.to())
					+ " WHERE version_num = " + this.dialect.literal(update.from());
		}
		VersionChange.Delete delete = (VersionChange.Delete) change;
		return "DELETE FROM " + this.qualified + " WHERE version_num = " + this.dialect.literal(delete.version());
	}

	/** Makes one change, checking that an UPDATE or DELETE hit exactly one row, as Alembic does. */
	void apply(Connection connection, VersionChange change) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			int count = statement.executeUpdate(statement(change));
			if (change instanceof VersionChange.Update update && count != 1) {
				throw new MigrationException("Online migration expected to match one row when updating '" + update.from()
						+ "' to '" + update.to() + "' in '" + this.name + "'; " + count + " found");
			}
			if (change instanceof VersionChange.Delete delete && count != 1) {
				throw new MigrationException("Online migration expected to match one row when deleting '"
						+ delete.version() + "' in '" + this.name + "'; " + count + " found");
			}
		}
	}

	/** Empties the table, for {@code stamp --purge}. */
	void purge(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM " + this.qualified);
		}
	}

	/**
	 * Whether a table exists. A bare name is stored in the case the database folds unquoted
	 * names to; a quoted one exactly as written.
	 */
	static boolean tableExists(Connection connection, @Nullable String schema, String name) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		boolean catalogs = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
		String catalog = catalogs ? ((schema != null) ? schema : connection.getCatalog()) : null;
		String schemaName = catalogs ? null : ((schema != null) ? stored(metaData, schema) : connection.getSchema());
		String table = stored(metaData, name);
		try (ResultSet tables = metaData.getTables(catalog, schemaName, table, null)) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equals(table)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String stored(DatabaseMetaData metaData, String name) throws SQLException {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			return name;
		}
		if (metaData.storesUpperCaseIdentifiers()) {
			return name.toUpperCase(Locale.ROOT);
		}
		return metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
	}

}
