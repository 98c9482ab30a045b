package dev.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migration.dialect.Dialect;
import dev.migration.revision.Plan;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionException;
import dev.migration.revision.RevisionGraph;
import dev.migration.revision.Step;
import dev.migration.runtime.AppliedStep;
import dev.migration.runtime.ChecksumPolicy;
import dev.migration.runtime.LogEntry;
import dev.migration.runtime.MigrationListener;
import dev.migration.runtime.MigrationRuntime;
import dev.migration.runtime.MigrationSettings;
import dev.migration.script.RevisionScript;
import dev.migration.source.LoadedRevisions;
import dev.migration.source.RevisionFileParser;
import dev.migration.source.RevisionLoader;
import dev.migration.source.sql.SqlRevisionParser;
import dev.migration.source.yaml.YamlRevisionParser;

/**
 * The engine's commands, Alembic's: {@code upgrade}, {@code downgrade}, {@code stamp},
 * {@code current}, {@code history}, {@code heads} and the status the Actuator endpoint and
 * {@code check} report, online or as offline SQL. The command line, the Spring Boot starter and
 * the endpoint all call these; none of them holds migration logic of its own.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder().dataSource(dataSource).build();
 * migrator.upgrade("heads");
 * }</pre>
 *
 * <p>Revisions are loaded once, on first use. A migrator is safe to use from several threads;
 * commands that change the database serialize on the database's migration lock, also across
 * processes.
 */
public final class Migrator {

	private static final Logger logger = LoggerFactory.getLogger("dev.migration");

	private final @Nullable DataSource dataSource;

	private final MigrationSettings settings;

	private final RevisionLoader loader;

	private final List<RevisionScript> registered;

	private final List<MigrationListener> listeners;

	private volatile @Nullable Revisions revisions;

	private Migrator(Builder builder) {
		this.dataSource = builder.dataSource;
		this.settings = builder.settings;
		this.loader = new RevisionLoader(builder.parsers, builder.classLoader);
		this.registered = List.copyOf(builder.revisions);
		this.listeners = List.copyOf(builder.listeners);
	}

	private Migrator(Migrator other, @Nullable DataSource dataSource) {
		this.dataSource = dataSource;
		this.settings = other.settings;
		this.loader = other.loader;
		this.registered = other.registered;
		this.listeners = other.listeners;
		this.revisions = other.revisions;
	}

	/**
	 * Returns a migrator with the same revisions, settings and listeners on another database: to
	 * verify the revisions on a scratch database, for example. Revisions already loaded are
	 * shared, not read again.
	 * @param dataSource the other database, or {@code null} for none
	 * @return the migrator
	 */
	public Migrator withDataSource(@Nullable DataSource dataSource) {
		return new Migrator(this, dataSource);
	}

	/**
	 * Starts building a migrator.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** The loaded revisions: scripts, the graph, and the runtime over them. */
	private record Revisions(List<RevisionScript> scripts, Map<String, RevisionScript> byId, RevisionGraph graph,
			MigrationRuntime runtime) {
	}

	private Revisions revisions() {
		Revisions loaded = this.revisions;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.revisions;
				if (loaded == null) {
					LoadedRevisions found = this.loader.load(this.settings.locations(), this.registered);
					List<RevisionScript> scripts = found.scripts();
					Map<String, RevisionScript> byId = new HashMap<>();
					scripts.forEach((script) -> byId.put(script.revision().id(), script));
					RevisionGraph graph = RevisionGraph.of(scripts.stream().map(RevisionScript::revision).toList());
					loaded = new Revisions(scripts, byId, graph,
							new MigrationRuntime(this.settings, scripts, this.listeners));
					this.revisions = loaded;
				}
			}
		}
		return loaded;
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public MigrationSettings settings() {
		return this.settings;
	}

	/**
	 * Returns the database this migrator changes.
	 * @return the database, or {@code null} when it only renders offline scripts
	 */
	public @Nullable DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Returns the revision graph, loading the revisions on first use.
	 * @return the graph
	 * @throws dev.migration.revision.InvalidRevisionsException listing every problem of the
	 * revision files
	 */
	public RevisionGraph graph() {
		return revisions().graph();
	}

	/**
	 * Returns every revision's script, in load order.
	 * @return the scripts
	 */
	public List<RevisionScript> scripts() {
		return revisions().scripts();
	}

	/**
	 * Returns the script of a revision.
	 * @param id the exact revision id
	 * @return the script, if a revision has that id
	 */
	public Optional<RevisionScript> script(String id) {
		return Optional.ofNullable(revisions().byId().get(id));
	}

	// ---------------------------------------------------------------- reading

	/**
	 * Returns the rows of the version table; none when it does not exist yet.
	 * @return the rows, in the order of the revision files
	 */
	public List<String> currentRows() {
		return runtime().read(database(), (session) -> sortedRows(session.rows()));
	}

	/**
	 * Returns what {@code current} shows: the current revisions and those they depend on.
	 * @return the current revisions
	 * @throws RevisionException "Can't locate revision identified by 'x'" when a row names a
	 * revision no file defines
	 */
	public List<Revision> current() {
		return graph().current(currentRows());
	}

	/**
	 * Returns where the database stands against the revision files: every revision with its
	 * state, what is pending, what changed, what is missing.
	 * @return the status
	 */
	public MigrationStatus status() {
		return runtime().read(database(), (session) -> status(session.rows(), session.log()));
	}

	private MigrationStatus status(List<String> rows, List<LogEntry> log) {
		RevisionGraph graph = graph();
		// The last successful upgrade or stamp of each revision: when, how long, which checksum.
		Map<String, LogEntry> lastApplied = new HashMap<>();
		for (LogEntry entry : log) {
			if (!entry.success()) {
				continue;
			}
			if (entry.direction().equals("downgrade") || entry.to().isEmpty()) {
				lastApplied.remove(entry.revision());
			}
			else {
				lastApplied.put(entry.revision(), entry);
			}
		}
		List<String> known = rows.stream().filter(graph::contains).toList();
		Set<String> applied = new java.util.HashSet<>();
		for (Revision revision : graph.history(RevisionGraph.HistoryBound.of("base"),
				RevisionGraph.HistoryBound.current(known))) {
			applied.add(revision.id());
		}
		if (known.isEmpty()) {
			applied.clear();
		}
		List<RevisionStatus> history = new ArrayList<>();
		// A revision file deleted from the middle of the graph fails loading (its child names an
		// unknown down revision), so only rows of the version table can be missing.
		Set<String> missing = new LinkedHashSet<>();
		rows.stream().filter((row) -> !graph.contains(row)).forEach(missing::add);
		for (String id : missing) {
			LogEntry entry = lastApplied.get(id);
			history.add(new RevisionStatus(id, (entry != null) ? entry.from() : List.of(), List.of(), List.of(),
					(entry != null && entry.message() != null) ? entry.message() : "",
					(entry != null) ? entry.source() : null, RevisionState.MISSING,
					(entry != null) ? entry.startedAt() : null, (entry != null) ? entry.executionTimeMs() : null,
					(entry != null) ? entry.checksum() : null, (entry != null) ? entry.checksum() : null));
		}
		Map<String, RevisionStatus> byId = new HashMap<>();
		for (Revision revision : graph.history(RevisionGraph.HistoryBound.of("base"),
				RevisionGraph.HistoryBound.of("heads"))) {
			RevisionScript script = revisions().byId().get(revision.id());
			String checksum = (script != null) ? script.checksum() : null;
			RevisionStatus status;
			if (applied.contains(revision.id())) {
				LogEntry entry = lastApplied.get(revision.id());
				String appliedChecksum = (entry != null) ? entry.checksum() : null;
				boolean changed = appliedChecksum != null && checksum != null && !appliedChecksum.equals(checksum);
				status = status(revision, changed ? RevisionState.CHANGED : RevisionState.APPLIED, entry, checksum);
			}
			else {
				status = status(revision, RevisionState.PENDING, null, checksum);
			}
			history.add(status);
			byId.put(revision.id(), status);
		}
		List<RevisionStatus> pending = new ArrayList<>();
		try {
			for (Step step : graph.planUpgrade(known, "heads").steps()) {
				pending.add(byId.get(step.revision().id()));
			}
		}
		catch (RevisionException ex) {
			logger.debug("Cannot plan the pending revisions: {}", ex.getMessage());
		}
		return new MigrationStatus(sortedRows(rows), graph.heads(), pending, history);
	}

	private static RevisionStatus status(Revision revision, RevisionState state, @Nullable LogEntry entry,
			@Nullable String checksum) {
		return new RevisionStatus(revision.id(), revision.downRevisions(), revision.branchLabels(), revision.dependsOn(),
				revision.message(), revision.source(), state, (entry != null) ? entry.startedAt() : null,
				(entry != null) ? entry.executionTimeMs() : null, checksum, (entry != null) ? entry.checksum() : null);
	}

	/**
	 * Checks that the database is at the heads, and that no applied revision changed or is
	 * missing: what {@code migration.on-startup=validate} and {@code check} rely on.
	 * @return the problems found, empty when the database is up to date
	 */
	public List<String> validate() {
		return validate(status());
	}

	/**
	 * Lists what keeps a database from being up to date, from a status already read.
	 * @param status the status
	 * @return the problems found, empty when the database is up to date
	 */
	public List<String> validate(MigrationStatus status) {
		List<String> problems = new ArrayList<>();
		List<String> unknown = status.inState(RevisionState.MISSING).stream().map(RevisionStatus::revision).toList();
		for (String missing : unknown) {
			problems.add("Revision " + missing + " is applied in the database but no revision file defines it"
					+ " (Can't locate revision identified by '" + missing + "')");
		}
		for (RevisionStatus changed : status.inState(RevisionState.CHANGED)) {
			problems.add("Revision " + changed.revision() + " (" + changed.source() + ") changed since it was applied"
					+ ((changed.appliedAt() != null) ? " at " + changed.appliedAt() : ""));
		}
		if (!unknown.isEmpty()) {
			// Pending is counted from the rows that name known revisions: with an unknown row it
			// is a guess, and telling it as fact would send the user to upgrade.
			problems.add("Which revisions are applied cannot be told while the version table names "
					+ ((unknown.size() == 1) ? "a revision" : "revisions") + " no file defines (" + String.join(", ", unknown)
					+ "): restore the missing files, or, if they are gone for good, set the version table to the revision "
					+ "the schema is at with 'stamp --purge REVISION'");
		}
		else if (!status.pending().isEmpty()) {
			problems.add(status.pending().size() + ((status.pending().size() == 1) ? " revision is" : " revisions are")
					+ " pending: " + String.join(", ", status.pending().stream().map(RevisionStatus::revision).toList())
					+ "; the database is at " + (status.current().isEmpty() ? "base" : String.join(", ", status.current()))
					+ " and the heads are " + String.join(", ", status.heads()));
		}
		return problems;
	}

	// ---------------------------------------------------------------- changing

	/**
	 * Upgrades the database to a target, as {@code upgrade} does.
	 * @param target {@code heads}, {@code head}, a revision, {@code +N}, {@code label@head}, ...
	 * @return what ran
	 * @throws RevisionException if the target cannot be resolved
	 * @throws dev.migration.runtime.MigrationFailedException if a revision fails
	 */
	public MigrationResult upgrade(String target) {
		return command("upgrade", target, (started) -> upgrade(target, started));
	}

	private MigrationResult upgrade(String target, long started) {
		Revisions loaded = revisions();
		// Most runs, at every application boot, have nothing to do: find that out without the lock.
		MigrationResult nothing = loaded.runtime().read(database(), (session) -> {
			List<String> rows = session.rows();
			if (rows.isEmpty() && !loaded.graph().revisions().isEmpty()) {
				return null;
			}
			Plan plan = loaded.graph().planUpgrade(rows, target);
			if (!plan.isEmpty()) {
				return null;
			}
			checkChecksums(status(rows, session.log()));
			return new MigrationResult("upgrade", target, sortedRows(rows), sortedRows(rows), List.of(),
					Duration.ofNanos(System.nanoTime() - started));
		});
		if (nothing != null) {
			logger.info("Database is up to date at {}; nothing to upgrade", describeRows(nothing.toHeads()));
			return nothing;
		}
		return change("upgrade", target, started, (rows) -> loaded.graph().planUpgrade(rows, target));
	}

	/**
	 * Downgrades the database to a target, as {@code downgrade} does.
	 * @param target {@code base}, a revision, {@code -1}, {@code label@-1}, ...
	 * @return what ran
	 * @throws RevisionException if the target cannot be resolved or is not below the current
	 * revision
	 * @throws dev.migration.runtime.MigrationFailedException if a revision fails
	 */
	public MigrationResult downgrade(String target) {
		return command("downgrade", target,
				(started) -> change("downgrade", target, started, (rows) -> graph().planDowngrade(rows, target)));
	}

	/**
	 * Sets the version table to the targets without running any revision, as {@code stamp}
	 * does.
	 * @param targets the targets; {@code base} empties the table
	 * @param purge whether to empty the version table first, ignoring rows no file defines
	 * @return the stamp's steps
	 */
	public MigrationResult stamp(List<String> targets, boolean purge) {
		String target = String.join(" ", targets);
		return command("stamp", target, (started) -> {
			Revisions loaded = revisions();
			return loaded.runtime().change(database(), (session) -> {
				List<String> rows = session.rows();
				Plan plan = loaded.graph().planStamp(rows, targets, purge);
				if (purge) {
					session.purge();
				}
				List<AppliedStep> steps = session.execute(plan);
				return finish("stamp", target, rows, plan, steps, started);
			});
		});
	}

	private interface Command {

		MigrationResult run(long started);

	}

	/** Runs a command and tells the listeners how it ended. */
	private MigrationResult command(String command, String target, Command body) {
		long started = System.nanoTime();
		MigrationResult result;
		try {
			result = body.run(started);
		}
		catch (RuntimeException ex) {
			Duration duration = Duration.ofNanos(System.nanoTime() - started);
			for (MigrationListener listener : this.listeners) {
				try {
					listener.commandFailed(command, target, duration, ex);
				}
				catch (RuntimeException listenerFailure) {
					ex.addSuppressed(listenerFailure);
				}
			}
			throw ex;
		}
		for (MigrationListener listener : this.listeners) {
			try {
				listener.commandFinished(result);
			}
			catch (RuntimeException ex) {
				logger.warn("Migration listener {} failed after the {}: {}", listener, command, ex.toString());
			}
		}
		return result;
	}

	private interface Planning {

		Plan plan(List<String> rows);

	}

	private MigrationResult change(String command, String target, long started, Planning planning) {
		Revisions loaded = revisions();
		return loaded.runtime().change(database(), (session) -> {
			List<String> rows = session.rows();
			Plan plan = planning.plan(rows);
			checkChecksums(status(rows, session.log()));
			List<AppliedStep> steps = session.execute(plan);
			return finish(command, target, rows, plan, steps, started);
		});
	}

	private MigrationResult finish(String command, String target, List<String> rows, Plan plan, List<AppliedStep> steps,
			long started) {
		Duration duration = Duration.ofNanos(System.nanoTime() - started);
		MigrationResult result = new MigrationResult(command, target, sortedRows(rows), plan.toHeads(), steps, duration);
		if (result.nothingToDo()) {
			logger.info("Nothing to {}: the database is at {}", command, describeRows(result.toHeads()));
		}
		else if (steps.isEmpty()) {
			// stamp --purge: the table was emptied, and the targets were there already or are base
			logger.info("{} from {} to {} in {} ms", capitalized(command), describeRows(result.fromHeads()),
					describeRows(result.toHeads()), duration.toMillis());
		}
		else {
			logger.info("{} from {} to {}: {} {} in {} ms", capitalized(command), describeRows(result.fromHeads()),
					describeRows(result.toHeads()), steps.size(), (steps.size() == 1) ? "step" : "steps",
					duration.toMillis());
		}
		return result;
	}

	private void checkChecksums(MigrationStatus status) {
		if (this.settings.checksumPolicy() == ChecksumPolicy.IGNORE) {
			return;
		}
		List<RevisionStatus> changed = status.inState(RevisionState.CHANGED);
		if (changed.isEmpty()) {
			return;
		}
		StringBuilder message = new StringBuilder();
		message.append((changed.size() == 1) ? "An applied revision changed since it was applied:"
				: changed.size() + " applied revisions changed since they were applied:");
		for (RevisionStatus revision : changed) {
			message.append("\n  - ").append(revision.revision()).append(" (").append(revision.source()).append(")");
			if (revision.appliedAt() != null) {
				message.append(", applied at ").append(revision.appliedAt());
			}
			message.append(": checksum ").append(shortChecksum(revision.appliedChecksum())).append(" then, ")
				.append(shortChecksum(revision.checksum())).append(" now");
		}
		message.append("\nAn applied revision's file must not change: put it back as it was, and write the change as a "
				+ "new revision.");
		if (this.settings.checksumPolicy() == ChecksumPolicy.FAIL) {
			throw new MigrationException(message + " To go on regardless, set the checksum policy to 'warn'.");
		}
		logger.warn("{} Going on, as the checksum policy is 'warn'.", message);
	}

	// ---------------------------------------------------------------- offline

	/**
	 * Renders {@code upgrade --sql}: the script that upgrades from a revision (base unless the
	 * range says {@code FROM:TO}) to a target.
	 * @param range {@code TO} or {@code FROM:TO}
	 * @param dialect the database the script is for
	 * @return the script
	 */
	public String upgradeSql(String range, Dialect dialect) {
		String[] bounds = range.contains(":") ? range.split(":", 2) : new String[] { "base", range };
		List<String> from = rowsOf(bounds[0]);
		Plan plan = graph().planUpgrade(from, bounds[1].isEmpty() ? "heads" : bounds[1]);
		return revisions().runtime().render(plan, dialect, "upgrade " + describeRows(from) + " -> " + bounds[1],
				from.isEmpty(), false);
	}

	/**
	 * Renders {@code downgrade --sql FROM:TO}.
	 * @param range {@code FROM:TO}
	 * @param dialect the database the script is for
	 * @return the script
	 */
	public String downgradeSql(String range, Dialect dialect) {
		if (!range.contains(":")) {
			throw new MigrationException("downgrade with --sql requires <fromrev>:<torev>");
		}
		String[] bounds = range.split(":", 2);
		List<String> from = rowsOf(bounds[0]);
		Plan plan = graph().planDowngrade(from, bounds[1]);
		return revisions().runtime().render(plan, dialect, "downgrade " + describeRows(from) + " -> " + bounds[1],
				false, plan.toHeads().isEmpty());
	}

	/**
	 * Renders {@code stamp --sql}: each target may be {@code FROM:TO} to stamp from a known
	 * revision.
	 * @param targets the targets
	 * @param dialect the database the script is for
	 * @return the script
	 */
	public String stampSql(List<String> targets, Dialect dialect) {
		List<String> from = List.of();
		List<String> to = new ArrayList<>();
		for (String target : targets) {
			if (target.contains(":")) {
				String[] bounds = target.split(":", 2);
				from = rowsOf(bounds[0]);
				to.add(bounds[1]);
			}
			else {
				to.add(target);
			}
		}
		Plan plan = graph().planStamp(from, to, false);
		return revisions().runtime().render(plan, dialect, "stamp " + String.join(" ", to), from.isEmpty(),
				plan.toHeads().isEmpty());
	}

	private List<String> rowsOf(String identifier) {
		if (identifier.isEmpty() || identifier.equals("base")) {
			return List.of();
		}
		return graph().resolve(identifier).stream().map(Revision::id).toList();
	}

	// ---------------------------------------------------------------- helpers

	private MigrationRuntime runtime() {
		return revisions().runtime();
	}

	private DataSource database() {
		if (this.dataSource == null) {
			throw new MigrationException("No database is configured: give a JDBC URL (or a DataSource) to run online, "
					+ "or render an offline script with --sql");
		}
		return this.dataSource;
	}

	private List<String> sortedRows(List<String> rows) {
		RevisionGraph graph = graph();
		List<String> known = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Revision revision : graph.revisions()) {
			if (rows.contains(revision.id())) {
				known.add(revision.id());
			}
		}
		rows.stream().filter((row) -> !graph.contains(row)).sorted().forEach(unknown::add);
		known.addAll(unknown);
		return known;
	}

	private static String describeRows(List<String> rows) {
		return rows.isEmpty() ? "base" : String.join(", ", rows);
	}

	private static String shortChecksum(@Nullable String checksum) {
		return (checksum == null) ? "unknown" : checksum.substring(0, Math.min(12, checksum.length()));
	}

	private static String capitalized(String text) {
		String past = text.endsWith("e") ? text + "d" : text + "ed";
		return Character.toUpperCase(past.charAt(0)) + past.substring(1);
	}

	/**
	 * Builds a {@link Migrator}.
	 */
	public static final class Builder {

		private @Nullable DataSource dataSource;

		private MigrationSettings settings = MigrationSettings.defaults();

		private final List<RevisionFileParser> parsers = new ArrayList<>(
				List.of(new SqlRevisionParser(), new YamlRevisionParser()));

		private final List<RevisionScript> revisions = new ArrayList<>();

		private final List<MigrationListener> listeners = new ArrayList<>();

		private @Nullable ClassLoader classLoader;

		private Builder() {
		}

		/**
		 * Sets the database to migrate. Without one, only offline scripts can be rendered.
		 * @param dataSource the database
		 * @return this builder
		 */
		public Builder dataSource(@Nullable DataSource dataSource) {
			this.dataSource = dataSource;
			return this;
		}

		/**
		 * Returns the settings set so far, the defaults unless changed: what a customizer starts
		 * from.
		 * @return the settings
		 */
		public MigrationSettings settings() {
			return this.settings;
		}

		/**
		 * Sets the settings.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(MigrationSettings settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * Adds revisions written in code, such as Java revisions.
		 * @param revisions the revisions
		 * @return this builder
		 */
		public Builder revisions(List<? extends RevisionScript> revisions) {
			this.revisions.addAll(revisions);
			return this;
		}

		/**
		 * Adds a parser for another revision file format.
		 * @param parser the parser
		 * @return this builder
		 */
		public Builder parser(RevisionFileParser parser) {
			this.parsers.add(0, parser);
			return this;
		}

		/**
		 * Adds a listener that hears about each step.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(MigrationListener listener) {
			this.listeners.add(listener);
			return this;
		}

		/**
		 * Sets the class loader {@code classpath:} locations are read from.
		 * @param classLoader the class loader
		 * @return this builder
		 */
		public Builder classLoader(@Nullable ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Builds the migrator. Revisions are loaded on first use.
		 * @return the migrator
		 */
		public Migrator build() {
			return new Migrator(this);
		}

	}

}
