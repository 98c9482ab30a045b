package dev.migration.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migration.MigrationException;
import dev.migration.dialect.Dialect;
import dev.migration.revision.Plan;
import dev.migration.revision.Revision;
import dev.migration.revision.Step;
import dev.migration.revision.VersionChange;
import dev.migration.runtime.JdbcMigrationContext.RanStatement;
import dev.migration.runtime.JdbcMigrationContext.StatementFailedException;
import dev.migration.script.RecordedOperation;
import dev.migration.script.Recorder;
import dev.migration.script.RevisionScript;

/**
 * Runs a plan on the migration connection: each revision with its version-table change and its
 * log entry, in one transaction unless the revision cannot run in one.
 */
final class PlanExecutor {

	private static final Logger logger = LoggerFactory.getLogger("dev.migration");

	private final Dialect dialect;

	private final VersionTable versionTable;

	private final RevisionLog log;

	private final Map<String, RevisionScript> scripts;

	private final MigrationSettings settings;

	private final List<MigrationListener> listeners;

	PlanExecutor(Dialect dialect, VersionTable versionTable, RevisionLog log, Map<String, RevisionScript> scripts,
			MigrationSettings settings, List<MigrationListener> listeners) {
		this.dialect = dialect;
		this.versionTable = versionTable;
		this.log = log;
		this.scripts = scripts;
		this.settings = settings;
		this.listeners = listeners;
	}

	/** What one step will run, worked out before anything runs. */
	private record Prepared(Step step, @Nullable RevisionScript script, @Nullable List<RecordedOperation> operations,
			boolean autocommit) {
	}

	List<AppliedStep> execute(Connection connection, Plan plan) throws SQLException {
		List<Prepared> prepared = prepare(plan);
		boolean all = this.settings.transactionMode() == TransactionMode.ALL;
		List<AppliedStep> outcomes = new ArrayList<>();
		boolean open = false;
		int index = 0;
		for (Prepared step : prepared) {
			index++;
			for (MigrationListener listener : this.listeners) {
				listener.beforeStep(step.step(), index, prepared.size());
			}
			logger.info("Running {}", step.step().describe());
			if (open && step.autocommit()) {
				connection.commit();
				open = false;
			}
			long started = System.nanoTime();
			Instant startedAt = Instant.now();
			List<RanStatement> ran = new ArrayList<>();
			try {
				if (step.autocommit()) {
					connection.setAutoCommit(true);
					ran = run(connection, step);
					connection.setAutoCommit(false);
					record(connection, step, startedAt, elapsed(started));
					connection.commit();
				}
				else {
					if (!open) {
						connection.setAutoCommit(false);
						open = true;
					}
					ran = run(connection, step);
					record(connection, step, startedAt, elapsed(started));
					if (!all) {
						connection.commit();
						open = false;
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				List<RanStatement> done = (ex instanceof PartialRunException partial) ? partial.ran : ran;
				Throwable cause = (ex instanceof PartialRunException partial) ? partial.getCause() : ex;
				MigrationFailedException failure = fail(connection, step, done, cause, startedAt, elapsed(started),
						all && index > 1, plan);
				for (MigrationListener listener : this.listeners) {
					listener.stepFailed(step.step(), failure);
				}
				throw failure;
			}
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			logger.info("Finished {} in {} ms", describeShort(step.step()), took.toMillis());
			outcomes.add(new AppliedStep(step.step(), took));
			if (!all) {
				// In one transaction for all, nothing is done until the final commit.
				notifyAfter(step.step(), took);
			}
		}
		if (open) {
			connection.commit();
		}
		if (all) {
			for (AppliedStep outcome : outcomes) {
				notifyAfter(outcome.step(), outcome.duration());
			}
		}
		return outcomes;
	}

	private void notifyAfter(Step step, Duration took) {
		for (MigrationListener listener : this.listeners) {
			listener.afterStep(step, took);
		}
	}

	/**
	 * Records the operations of every declarative revision and renders them, so that a revision
	 * that cannot be downgraded or rendered stops the run before anything is changed.
	 */
	private List<Prepared> prepare(Plan plan) {
		List<Prepared> prepared = new ArrayList<>(plan.steps().size());
		List<String> problems = new ArrayList<>();
		for (Step step : plan.steps()) {
			Revision revision = step.revision();
			if (revision == null) {
				prepared.add(new Prepared(step, null, null, false));
				continue;
			}
			RevisionScript script = this.scripts.get(revision.id());
			if (script == null) {
				throw new MigrationException("No script for revision " + revision.id());
			}
			boolean upgrade = step.kind() == Step.Kind.UPGRADE;
			if (!upgrade && !script.hasDowngrade() && !script.declarative()) {
				problems.add("revision " + revision.id() + " (" + revision.source() + ") has no downgrade");
				continue;
			}
			List<RecordedOperation> operations = null;
			boolean autocommit = !script.transactional();
			if (script.declarative()) {
				try {
					operations = Recorder.record(script, upgrade, this.dialect.kind());
					for (RecordedOperation operation : operations) {
						for (String sql : this.dialect.render(operation.operation())) {
							autocommit |= this.dialect.requiresAutocommit(sql);
						}
					}
				}
				catch (MigrationException ex) {
					problems.add(ex.getMessage());
					continue;
				}
			}
			prepared.add(new Prepared(step, script, operations, autocommit));
		}
		if (!problems.isEmpty()) {
			throw new MigrationException("Nothing was run, because " + ((problems.size() == 1) ? "a revision"
					: problems.size() + " revisions") + " of the plan cannot run on " + this.dialect.kind() + ":\n  - "
					+ String.join("\n  - ", problems.stream().map((problem) -> problem.replace("\n", "\n    ")).toList()));
		}
		return prepared;
	}

	private List<RanStatement> run(Connection connection, Prepared step) {
		if (step.script() == null) {
			return List.of();
		}
		JdbcMigrationContext context = new JdbcMigrationContext(connection, this.dialect);
		try {
			if (step.operations() != null) {
				for (RecordedOperation operation : step.operations()) {
					context.apply(operation.operation(), operation.line());
				}
			}
			else if (step.step().kind() == Step.Kind.UPGRADE) {
				step.script().upgrade(context);
			}
			else {
				step.script().downgrade(context);
			}
		}
		catch (RuntimeException ex) {
			throw new PartialRunException(context.ran(), ex);
		}
		return context.ran();
	}

	private void record(Connection connection, Prepared step, Instant startedAt, long elapsedMs) throws SQLException {
		for (VersionChange change : step.step().versionChanges()) {
			this.versionTable.apply(connection, change);
		}
		for (LogEntry entry : entries(step.step(), startedAt, elapsedMs, true, null)) {
			this.log.record(connection, entry);
		}
	}

	/** The log rows of a step: the revision it ran, or for a stamp each revision it marked. */
	List<LogEntry> entries(Step step, Instant startedAt, @Nullable Long elapsedMs, boolean success,
			@Nullable String error) {
		String application = this.settings.application();
		if (step.revision() != null) {
			Revision revision = step.revision();
			RevisionScript script = this.scripts.get(revision.id());
			return List.of(new LogEntry(revision.id(), step.kind().verb(), step.from(), step.to(),
					revision.message(), revision.source(), (script != null) ? script.checksum() : null, startedAt,
					elapsedMs, application, success, error));
		}
		List<LogEntry> entries = new ArrayList<>();
		List<String> marked = step.to().isEmpty() ? step.from() : step.to();
		for (String id : marked) {
			RevisionScript script = this.scripts.get(id);
			Revision revision = (script != null) ? script.revision() : null;
			entries.add(new LogEntry(id, "stamp", step.from(), step.to(),
					(revision != null) ? revision.message() : null, (revision != null) ? revision.source() : null,
					(script != null && !step.to().isEmpty()) ? script.checksum() : null, startedAt, elapsedMs,
					application, success, error));
		}
		return entries;
	}

	/** Rolls back what can be, records the failure, and says what state the database is in. */
	private MigrationFailedException fail(Connection connection, Prepared step, List<RanStatement> ran,
			Throwable cause, Instant startedAt, long elapsedMs, boolean earlierStepsRolledBack, Plan plan) {
		boolean transactional = !step.autocommit();
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			logger.warn("Could not roll back after the failure: {}", ex.getMessage());
		}
		List<String> rows = List.of();
		try {
			rows = this.versionTable.read(connection);
		}
		catch (SQLException ex) {
			logger.warn("Could not read the version table after the failure: {}", ex.getMessage());
		}
		Revision revision = step.step().revision();
		String id = (revision != null) ? revision.id() : String.join(", ", step.step().to());
		String source = (revision != null) ? revision.source() : null;
		String statement = null;
		String sqlState = null;
		String databaseMessage = cause.getMessage();
		int line = 0;
		if (cause instanceof StatementFailedException failed) {
			statement = failed.sql();
			line = failed.line();
			sqlState = failed.sqlException().getSQLState();
			databaseMessage = failed.sqlException().getMessage();
		}
		else {
			for (Throwable t = cause; t != null; t = t.getCause()) {
				if (t instanceof SQLException sql) {
					sqlState = sql.getSQLState();
					databaseMessage = cause.getMessage();
					break;
				}
			}
		}
		StringBuilder message = new StringBuilder();
		message.append(step.step().kind().verb()).append(' ').append(id).append(" failed");
		if (source != null) {
			message.append(" (").append(source).append((line > 0) ? ":" + line : "").append(')');
		}
		message.append(": ").append(databaseMessage);
		if (statement != null) {
			message.append("\n  statement: ").append(statement.strip().replace("\n", "\n             "));
		}
		if (sqlState != null) {
			message.append("\n  SQLState: ").append(sqlState);
		}
		message.append("\n  state: ").append(describeState(step, ran, transactional, earlierStepsRolledBack, rows, plan));
		String error = message.toString();
		try {
			for (LogEntry entry : entries(step.step(), startedAt, elapsedMs, false, truncate(error))) {
				this.log.record(connection, entry);
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Could not record the failure in the log: {}", ex.getMessage());
		}
		logger.error("{}", error);
		return new MigrationFailedException(error, id, source, line, statement, sqlState, rows, cause);
	}

	private String describeState(Prepared step, List<RanStatement> ran, boolean transactional,
			boolean earlierStepsRolledBack, List<String> rows, Plan plan) {
		String at = rows.isEmpty() ? "empty (base)" : String.join(", ", rows);
		StringBuilder state = new StringBuilder();
		boolean undone = transactional && this.dialect.transactionalDdl();
		if (earlierStepsRolledBack && undone) {
			state.append("the whole run was rolled back in one transaction; ");
		}
		if (undone || ran.isEmpty()) {
			state.append("nothing of this revision was kept. ");
		}
		else {
			state.append(ran.size())
				.append((ran.size() == 1) ? " statement of this revision ran and stays applied, because "
						: " statements of this revision ran and stay applied, because ")
				.append(transactional ? this.dialect.kind() + " commits DDL at once"
						: "the revision runs without a transaction")
				.append(":");
			for (RanStatement done : ran) {
				state.append("\n    - ")
					.append((done.line() > 0) ? "line " + done.line() + ": " : "")
					.append(firstLine(done.sql()));
			}
			int total = (step.operations() != null) ? countStatements(step.operations()) : -1;
			if (total > 0) {
				state.append("\n    the failing statement and ").append(Math.max(0, total - ran.size() - 1))
					.append(" after it did not run");
			}
			state.append("\n  ");
		}
		state.append("The version table says: ").append(at).append('.');
		if (!undone && !ran.isEmpty()) {
			state.append(" Undo the statements listed above by hand, or finish the revision by hand and run 'stamp ")
				.append(String.join(" ", step.step().to()))
				.append("', before running the upgrade again.");
		}
		else {
			state.append(" Fix the revision and run the command again.");
		}
		return state.toString();
	}

	private int countStatements(List<RecordedOperation> operations) {
		int count = 0;
		for (RecordedOperation operation : operations) {
			count += this.dialect.render(operation.operation()).size();
		}
		return count;
	}

	private static String firstLine(String sql) {
		String stripped = sql.strip();
		int newline = stripped.indexOf('\n');
		return (newline < 0) ? stripped : stripped.substring(0, newline) + " ...";
	}

	private static String describeShort(Step step) {
		return step.kind().verb() + " " + String.join(", ", step.from()) + " -> " + String.join(", ", step.to());
	}

	private static @Nullable String truncate(String text) {
		return (text.length() <= 4000) ? text : text.substring(0, 4000);
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** A step's run broke off; carries the statements that ran before. */
	private static final class PartialRunException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient List<RanStatement> ran;

		PartialRunException(List<RanStatement> ran, RuntimeException cause) {
			super(cause);
			this.ran = List.copyOf(ran);
		}

	}

	static Map<String, RevisionScript> byId(List<RevisionScript> scripts) {
		Map<String, RevisionScript> byId = new HashMap<>();
		for (RevisionScript script : scripts) {
			byId.put(script.revision().id(), script);
		}
		return byId;
	}

}
