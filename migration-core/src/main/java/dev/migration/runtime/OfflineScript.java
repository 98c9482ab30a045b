package dev.migration.runtime;

import java.time.Instant;
import java.util.Map;

import dev.migration.dialect.Dialect;
import dev.migration.revision.Plan;
import dev.migration.revision.Revision;
import dev.migration.revision.Step;
import dev.migration.revision.VersionChange;
import dev.migration.script.RecordedOperation;
import dev.migration.script.Recorder;
import dev.migration.script.RevisionScript;
import dev.migration.source.sql.SqlFlavour;
import dev.migration.source.sql.SqlStatementSplitter;

/**
 * Renders a plan as the SQL script an online run would execute, for a DBA to review or apply:
 * the version table created when starting from base, per revision a {@code -- Running ...}
 * comment, its statements and its version-table and log changes, {@code BEGIN}/{@code COMMIT}
 * around transactional work where DDL is transactional, and the version table dropped when
 * ending at base.
 */
final class OfflineScript {

	private final Dialect dialect;

	private final VersionTable versionTable;

	private final RevisionLog log;

	private final Map<String, RevisionScript> scripts;

	private final MigrationSettings settings;

	private final PlanExecutor entries;

	OfflineScript(Dialect dialect, VersionTable versionTable, RevisionLog log, Map<String, RevisionScript> scripts,
			MigrationSettings settings, PlanExecutor entries) {
		this.dialect = dialect;
		this.versionTable = versionTable;
		this.log = log;
		this.scripts = scripts;
		this.settings = settings;
		this.entries = entries;
	}

	String render(Plan plan, String title, boolean createTables, boolean dropVersionTable) {
		StringBuilder sql = new StringBuilder();
		sql.append("-- ").append(title).append(" (").append(this.dialect.kind()).append(")\n\n");
		boolean transactions = this.dialect.transactionalDdl();
		boolean all = this.settings.transactionMode() == TransactionMode.ALL;
		boolean open = false;
		if (createTables) {
			if (transactions) {
				sql.append(this.dialect.beginStatement()).append("\n\n");
				open = true;
			}
			sql.append(this.versionTable.createStatement()).append(";\n\n");
			sql.append(this.log.createStatement()).append(";\n\n");
			if (open && !all) {
				sql.append("COMMIT;\n\n");
				open = false;
			}
		}
		for (Step step : plan.steps()) {
			Revision revision = step.revision();
			RevisionScript script = (revision != null) ? this.scripts.get(revision.id()) : null;
			StringBuilder body = new StringBuilder();
			boolean autocommit = false;
			if (script != null) {
				autocommit = !script.transactional();
				for (RecordedOperation operation : Recorder.record(script, step.kind() == Step.Kind.UPGRADE,
						this.dialect.kind())) {
					for (String statement : this.dialect.render(operation.operation())) {
						autocommit |= this.dialect.requiresAutocommit(statement);
						body.append(terminated(statement.strip()));
					}
				}
			}
			if (open && autocommit) {
				sql.append("COMMIT;\n\n");
				open = false;
			}
			if (transactions && !open && !autocommit) {
				sql.append(this.dialect.beginStatement()).append("\n\n");
				open = true;
			}
			sql.append("-- Running ").append(step.describe().replace("\n", " ")).append("\n\n");
			sql.append(body);
			if (autocommit && transactions) {
				sql.append(this.dialect.beginStatement()).append("\n\n");
				open = true;
			}
			for (VersionChange change : step.versionChanges()) {
				sql.append(this.versionTable.statement(change)).append(";\n\n");
			}
			for (LogEntry entry : this.entries.entries(step, Instant.EPOCH, null, true, null)) {
				sql.append(this.log.offlineStatement(entry)).append(";\n\n");
			}
			if (open && !all) {
				sql.append("COMMIT;\n\n");
				open = false;
			}
		}
		if (dropVersionTable) {
			if (transactions && !open) {
				sql.append(this.dialect.beginStatement()).append("\n\n");
				open = true;
			}
			sql.append(this.versionTable.dropStatement()).append(";\n\n");
		}
		if (open) {
			sql.append("COMMIT;\n\n");
		}
		return sql.toString().stripTrailing() + "\n";
	}

	/**
	 * A statement and its terminator. On MySQL and MariaDB, a statement that holds a {@code ;}
	 * outside strings and comments (a trigger's or a procedure's {@code BEGIN ... END} body) is
	 * wrapped in {@code DELIMITER} lines, so that the {@code mysql} client sends it whole.
	 */
	private String terminated(String statement) {
		if (SqlFlavour.forDatabaseKind(this.dialect.kind()) == SqlFlavour.MYSQL
				&& SqlStatementSplitter.split(statement, SqlFlavour.MYSQL).statements().size() > 1) {
			String delimiter = statement.contains("//") ? "$$" : "//";
			return "DELIMITER " + delimiter + "\n" + statement + delimiter + "\nDELIMITER ;\n\n";
		}
		return statement + ";\n\n";
	}

}
