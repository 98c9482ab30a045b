package dev.migration.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.Migrator;
import dev.migration.dialect.Dialects;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;
import dev.migration.revision.Step;
import dev.migration.script.RecordedOperation;
import dev.migration.script.Recorder;
import dev.migration.script.RevisionScript;

/**
 * Runs lint rules over revisions, without a database: what {@code migration check} and the
 * Spring Boot starter's {@code validate} mode report.
 *
 * <pre>{@code
 * LintReport report = Linter.forDatabase("postgresql").lint(migrator);
 * if (report.hasErrors()) {
 *     System.err.println(report.describe());
 * }
 * }</pre>
 *
 * <p>Each revision's upgrade and downgrade are recorded as operations (SQL files statement by
 * statement, split for the given database), in upgrade order from base to the heads; each
 * operation and SQL statement is read into {@link Change}s; each rule looks at them. A revision
 * silences a rule for itself with a written reason, in a SQL header line
 * {@code -- lint_ignore: rule-id (reason)}, a YAML {@code lint_ignore: [{rule: rule-id, reason:
 * "..."}]} or a Java {@code @RevisionInfo(lintIgnore = "rule-id: reason")}. A suppression without
 * a reason, or naming no known rule, is itself an error ({@code invalid-suppression}); one that
 * silences nothing is reported for information ({@code unused-suppression}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Linter {

	/** The id of the findings about suppressions that are wrong; these cannot be silenced. */
	public static final String INVALID_SUPPRESSION = "invalid-suppression";

	/** The id of the findings about suppressions that silence nothing. */
	public static final String UNUSED_SUPPRESSION = "unused-suppression";

	private final String databaseKind;

	private final List<LintRule> rules;

	private Linter(String databaseKind, List<LintRule> rules) {
		this.databaseKind = databaseKind;
		this.rules = List.copyOf(rules);
		Set<String> ids = new HashSet<>(List.of(INVALID_SUPPRESSION, UNUSED_SUPPRESSION));
		for (LintRule rule : this.rules) {
			if (!ids.add(rule.id())) {
				throw new IllegalArgumentException("Two lint rules have the id '" + rule.id() + "'");
			}
		}
	}

	/**
	 * Returns a linter with the {@link #defaultRules() default rules} for revisions that run on
	 * the given database: SQL files are split with its rules, and some rules apply to one database
	 * only.
	 * @param databaseKind {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2} (as
	 * {@link Dialects#named} reads them: {@code postgres} and {@code pg} name PostgreSQL); the
	 * dialect of a connection is {@code Dialects.of(connection).kind()}
	 * @return the linter
	 * @throws MigrationException if the database is not supported
	 */
	public static Linter forDatabase(String databaseKind) {
		return new Linter(Dialects.named(databaseKind).kind(), defaultRules());
	}

	/**
	 * Returns the rules a linter has unless told otherwise, in the order they run.
	 * @return the rules
	 */
	public static List<LintRule> defaultRules() {
		return List.of(new NotNullWithoutDefaultRule(), new CreateIndexNotConcurrentlyRule(),
				new TableRewritingTypeChangeRule(), new SetNotNullAfterFillRule(), new DropTableRule(),
				new DropColumnRule(), new NoDowngradeRule(), new EmptyDowngradeRule(), new MultipleHeadsRule(),
				new VagueMessageRule(), new NotAnalysedRule());
	}

	/**
	 * Returns a linter with these rules instead.
	 * @param rules the rules, with distinct ids
	 * @return the linter
	 */
	public Linter withRules(List<? extends LintRule> rules) {
		return new Linter(this.databaseKind, List.copyOf(rules));
	}

	/**
	 * Returns a linter with one more rule, such as a team's own.
	 * @param rule the rule
	 * @return the linter
	 */
	public Linter withRule(LintRule rule) {
		List<LintRule> more = new ArrayList<>(this.rules);
		more.add(Objects.requireNonNull(rule, "rule"));
		return new Linter(this.databaseKind, more);
	}

	/**
	 * Returns the database the revisions are linted for.
	 * @return the database kind
	 */
	public String databaseKind() {
		return this.databaseKind;
	}

	/**
	 * Returns the rules.
	 * @return the rules, in the order they run
	 */
	public List<LintRule> rules() {
		return this.rules;
	}

	/**
	 * Lints a migrator's revisions. Nothing touches the database.
	 * @param migrator the migrator
	 * @return the report
	 * @throws dev.migration.revision.InvalidRevisionsException if the revision files cannot be
	 * loaded, listing every problem
	 */
	public LintReport lint(Migrator migrator) {
		return lint(migrator.graph(), migrator.scripts());
	}

	/**
	 * Lints revisions.
	 * @param graph the revision graph of the scripts
	 * @param scripts every revision's script
	 * @return the report
	 */
	public LintReport lint(RevisionGraph graph, List<RevisionScript> scripts) {
		List<LintedRevision> revisions = analyse(graph, scripts);
		List<LintFinding> found = new ArrayList<>();
		for (LintRule rule : this.rules) {
			for (LintedRevision revision : revisions) {
				found.addAll(rule.check(revision));
			}
			found.addAll(rule.checkGraph(graph, revisions));
		}
		Map<String, Integer> order = new HashMap<>();
		revisions.forEach((revision) -> order.put(revision.revision().id(), order.size()));
		LintReport report = new SuppressionFilter(revisions, knownRuleIds()).apply(found);
		Comparator<LintFinding> byPlace = Comparator
			.comparingInt((LintFinding finding) -> order.getOrDefault(finding.revision(), Integer.MAX_VALUE))
			.thenComparingInt(LintFinding::line)
			.thenComparing(LintFinding::ruleId);
		return new LintReport(report.findings().stream().sorted(byPlace).toList(), report.suppressed());
	}

	private Set<String> knownRuleIds() {
		Set<String> ids = new HashSet<>();
		defaultRules().forEach((rule) -> ids.add(rule.id()));
		this.rules.forEach((rule) -> ids.add(rule.id()));
		ids.add(UNUSED_SUPPRESSION);
		return ids;
	}

	/**
	 * Records and reads every revision, in upgrade order from base to the heads.
	 */
	private List<LintedRevision> analyse(RevisionGraph graph, List<RevisionScript> scripts) {
		if (graph.revisions().isEmpty()) {
			return List.of();
		}
		Map<String, RevisionScript> byId = new LinkedHashMap<>();
		scripts.forEach((script) -> byId.put(script.revision().id(), script));
		KnownColumns known = new KnownColumns();
		List<LintedRevision> revisions = new ArrayList<>();
		for (Step step : graph.planUpgrade(List.of(), "heads").steps()) {
			Revision revision = Objects.requireNonNull(step.revision());
			RevisionScript script = byId.get(revision.id());
			if (script != null) {
				revisions.add(analyse(script, known));
			}
		}
		return revisions;
	}

	private LintedRevision analyse(RevisionScript script, KnownColumns known) {
		List<RecordedOperation> upgrade = new ArrayList<>();
		String upgradeProblem = record(script, true, upgrade);
		List<Change> changes = new ArrayList<>();
		for (RecordedOperation recorded : upgrade) {
			for (Change change : OperationChanges.of(recorded.operation(), recorded.line())) {
				if (change instanceof Change.ChangeType type && type.previous() == null) {
					change = type.withPrevious(known.type(type.table(), type.column()));
				}
				changes.add(change);
				known.apply(change);
			}
		}
		List<RecordedOperation> downgrade = new ArrayList<>();
		String downgradeProblem = record(script, false, downgrade);
		if (downgradeProblem != null) {
			downgrade.clear();
		}
		return new LintedRevision(script, this.databaseKind, upgrade, changes, downgrade, upgradeProblem,
				downgradeProblem);
	}

	/** Records into the list; returns why it stopped early, or {@code null}. */
	private @Nullable String record(RevisionScript script, boolean upgrade, List<RecordedOperation> operations) {
		try {
			Recorder.record(script, upgrade, this.databaseKind, operations::add);
			return null;
		}
		catch (Recorder.ConnectionUsedException ex) {
			return "it uses the JDBC connection, and the lint cannot follow what it does with it";
		}
		catch (RuntimeException ex) {
			return String.valueOf(ex.getMessage());
		}
	}

	@Override
	public String toString() {
		return "Linter[" + this.databaseKind + ", " + this.rules.stream().map(LintRule::id).toList() + "]";
	}

}
