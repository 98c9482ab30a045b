package dev.migration.runtime;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.dialect.Dialect;

/**
 * The engine's own log beside the version table: one row per upgrade, downgrade and stamp of a
 * revision, with its checksum, when it ran, how long it took, who ran it, and whether it
 * succeeded. The version table says where the database is; the log says how it got there.
 */
final class RevisionLog {

	private static final String COLUMNS = "revision, direction, from_revisions, to_revisions, message, source, "
			+ "checksum, started_at, execution_time_ms, database_user, host, application, success, error";

	private static final @Nullable String HOST = hostName();

	private final Dialect dialect;

	private final @Nullable String schema;

	private final String name;

	private final String qualified;

	RevisionLog(Dialect dialect, @Nullable String schema, String name) {
		this.dialect = dialect;
		this.schema = schema;
		this.name = name;
		this.qualified = dialect.qualify(schema, name);
	}

	String createStatement() {
		Dialect d = this.dialect;
		return "CREATE TABLE IF NOT EXISTS " + this.qualified + " (id " + d.identityColumn() + ", revision "
				+ d.varchar(255) + " NOT NULL, direction " + d.varchar(16) + " NOT NULL, from_revisions "
				+ d.varchar(1000) + ", to_revisions " + d.varchar(1000) + ", message " + d.varchar(1000) + ", source "
				+ d.varchar(1000) + ", checksum " + d.varchar(64) + ", started_at " + d.timestampType()
				+ " NOT NULL, execution_time_ms BIGINT, database_user " + d.varchar(255) + ", host " + d.varchar(255)
				+ ", application " + d.varchar(255) + ", success BOOLEAN NOT NULL, error " + d.textType() + ")";
	}

	boolean exists(Connection connection) throws SQLException {
		return VersionTable.tableExists(connection, this.schema, this.name);
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(createStatement());
		}
	}

	void record(Connection connection, LogEntry entry) throws SQLException {
		String sql = "INSERT INTO " + this.qualified + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, entry.revision());
			statement.setString(2, entry.direction());
			statement.setString(3, truncate(String.join(", ", entry.from()), 1000));
			statement.setString(4, truncate(String.join(", ", entry.to()), 1000));
			statement.setString(5, truncate(entry.message(), 1000));
			statement.setString(6, truncate(entry.source(), 1000));
			statement.setString(7, entry.checksum());
			statement.setTimestamp(8, Timestamp.from(entry.startedAt()));
			if (entry.executionTimeMs() != null) {
				statement.setLong(9, entry.executionTimeMs());
			}
			else {
				statement.setNull(9, Types.BIGINT);
			}
			statement.setString(10, truncate(connection.getMetaData().getUserName(), 255));
			statement.setString(11, HOST);
			statement.setString(12, truncate(entry.application(), 255));
			statement.setBoolean(13, entry.success());
			statement.setString(14, entry.error());
			statement.executeUpdate();
		}
	}

	/** The insert an offline script carries: the database fills in the time and the user. */
	String offlineStatement(LogEntry entry) {
		Dialect d = this.dialect;
		return "INSERT INTO " + this.qualified + " (" + COLUMNS + ") VALUES (" + d.literal(entry.revision()) + ", "
				+ d.literal(entry.direction()) + ", " + d.literal(String.join(", ", entry.from())) + ", "
				+ d.literal(String.join(", ", entry.to())) + ", " + literalOrNull(entry.message()) + ", "
				+ literalOrNull(entry.source()) + ", " + literalOrNull(entry.checksum()) + ", " + d.currentTimestamp()
				+ ", NULL, CURRENT_USER, NULL, " + literalOrNull(entry.application()) + ", "
				+ (entry.success() ? "TRUE" : "FALSE") + ", NULL)";
	}

	/** Every entry, oldest first; none when the table does not exist yet. */
	List<LogEntry> read(Connection connection) throws SQLException {
		if (!exists(connection)) {
			return List.of();
		}
		List<LogEntry> entries = new ArrayList<>();
		String sql = "SELECT revision, direction, from_revisions, to_revisions, message, source, checksum, started_at,"
				+ " execution_time_ms, application, success, error FROM " + this.qualified + " ORDER BY id";
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				long time = result.getLong("execution_time_ms");
				Long executionTime = result.wasNull() ? null : time;
				entries.add(new LogEntry(result.getString("revision"), result.getString("direction"),
						split(result.getString("from_revisions")), split(result.getString("to_revisions")),
						result.getString("message"), result.getString("source"), result.getString("checksum"),
						result.getTimestamp("started_at").toInstant(), executionTime, result.getString("application"),
						result.getBoolean("success"), result.getString("error")));
			}
		}
		return entries;
	}

	private String literalOrNull(@Nullable String value) {
		return (value != null) ? this.dialect.literal(value) : "NULL";
	}

	private static List<String> split(@Nullable String text) {
		return (text == null || text.isBlank()) ? List.of() : List.of(text.split(",\\s*"));
	}

	private static @Nullable String truncate(@Nullable String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	private static @Nullable String hostName() {
		String host = System.getenv("HOSTNAME");
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			return null;
		}
	}

}
