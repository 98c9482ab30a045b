package dev.migration.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.MigrationResult;
import dev.migration.Migrator;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;
import dev.migration.revision.Step;
import dev.migration.runtime.MigrationSettings;
import dev.migration.script.RevisionScript;

/**
 * Verifies that every revision's downgrade undoes its upgrade, on a scratch database: for each
 * revision, in the order {@code upgrade heads} runs them from base, it captures the schema,
 * upgrades to the revision, captures it again, downgrades that one revision, checks that the
 * schema is what it was before the upgrade, upgrades again and checks that the schema is what
 * the first upgrade made. It stops at the first revision that does not round-trip, with a
 * readable {@link SchemaDiff}.
 *
 * <pre>{@code
 * try (ScratchSchema scratch = ScratchSchema.create(dataSource)) {
 *     RoundTripResult result = RoundTripVerifier.of(migrator).verify(scratch.dataSource());
 *     if (!result.passed()) {
 *         System.err.println(result.describe());
 *     }
 * }
 * }</pre>
 *
 * <p>The database must be empty: the verifier refuses one that holds tables or a version table
 * row, so that it never downgrades a real database. A revision without a downgrade is upgraded
 * and not downgraded (listed in {@link RoundTripResult#skipped()}). The version table, the
 * revision log and H2's lock table are not part of the schema compared. After a successful run the
 * database is at the heads.
 */
public final class RoundTripVerifier {

	private static final String H2_LOCK_TABLE = "MIGRATION_LOCK";

	private final Migrator migrator;

	private RoundTripVerifier(Migrator migrator) {
		this.migrator = migrator;
	}

	/**
	 * Returns a verifier of a migrator's revisions, with its settings (version table, log table,
	 * locations). The migrator's own database is never touched.
	 * @param migrator the migrator
	 * @return the verifier
	 */
	public static RoundTripVerifier of(Migrator migrator) {
		return new RoundTripVerifier(Objects.requireNonNull(migrator, "migrator"));
	}

	/**
	 * Verifies every revision in a {@link ScratchSchema} created in the given database for the
	 * purpose and dropped afterwards, whatever the outcome: the database's own tables are never
	 * touched.
	 * @param database the database, of the kind the revisions are written for
	 * @return the result
	 * @throws MigrationException if the scratch schema cannot be created or dropped
	 */
	public RoundTripResult verifyInScratchSchema(DataSource database) {
		try (ScratchSchema scratch = ScratchSchema.create(database)) {
			return verify(scratch.dataSource());
		}
	}

	/**
	 * Whether a database is empty enough for {@link #verify}: no table or other object apart from
	 * the engine's own, and no row in the version table.
	 * @param database the database
	 * @return whether it is empty
	 */
	public boolean isEmpty(DataSource database) {
		Migrator migrator = this.migrator.withDataSource(database);
		return contents(migrator, capture(database, excludedTables(migrator.settings()))).isEmpty();
	}

	/**
	 * Verifies every revision on a scratch database.
	 * @param scratch an empty database of the kind the revisions are written for
	 * @return the result
	 * @throws MigrationException if the database is not empty, or cannot be read
	 */
	public RoundTripResult verify(DataSource scratch) {
		return new Run(this.migrator.withDataSource(scratch), scratch).verify();
	}

	private static RoundTripFailure failure(Revision revision, RoundTripFailure.Phase phase, MigrationException ex) {
		return new RoundTripFailure(revision.id(), revision.source(), phase, new SchemaDiff(List.of()), ex.getMessage());
	}

	/** What a database holds that makes it not empty: version table rows, tables, other objects. */
	private static List<String> contents(Migrator migrator, SchemaSnapshot schema) {
		List<String> found = new ArrayList<>();
		List<String> rows = migrator.currentRows();
		if (!rows.isEmpty()) {
			found.add("version table rows " + String.join(", ", rows));
		}
		schema.tables().keySet().forEach((table) -> found.add("table " + table));
		found.addAll(schema.objects().keySet());
		return found;
	}

	private static void requireEmpty(Migrator migrator, SchemaSnapshot schema) {
		List<String> found = contents(migrator, schema);
		if (!found.isEmpty()) {
			throw new MigrationException("Round-trip verification needs an empty database, because it upgrades and "
					+ "downgrades every revision; this one holds " + String.join(", ", found.subList(0,
							Math.min(found.size(), 10)))
					+ ((found.size() > 10) ? " and " + (found.size() - 10) + " more" : "") + ". Give it a scratch "
					+ "database, or a throw-away schema (ScratchSchema.create(dataSource)).");
		}
	}

	private static List<String> excludedTables(MigrationSettings settings) {
		return List.of(settings.versionTable(), settings.logTableName(), H2_LOCK_TABLE);
	}

	private static SchemaSnapshot capture(DataSource dataSource, List<String> excluded) {
		try (Connection connection = dataSource.getConnection()) {
			return SchemaSnapshot.capture(connection, excluded);
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the schema of the scratch database: " + ex.getMessage(), ex);
		}
	}

	/** One verification, on one scratch database. */
	private static final class Run {

		private final Migrator migrator;

		private final RevisionGraph graph;

		private final DataSource scratch;

		private final List<String> excluded;

		Run(Migrator migrator, DataSource scratch) {
			this.migrator = migrator;
			this.graph = migrator.graph();
			this.scratch = scratch;
			this.excluded = excludedTables(migrator.settings());
		}

		RoundTripResult verify() {
			SchemaSnapshot before = capture(this.scratch, this.excluded);
			requireEmpty(this.migrator, before);
			List<String> verified = new ArrayList<>();
			List<String> skipped = new ArrayList<>();
			for (Step step : this.graph.planUpgrade(List.of(), "heads").steps()) {
				Revision revision = Objects.requireNonNull(step.revision());
				try {
					this.migrator.upgrade(revision.id());
				}
				catch (MigrationException ex) {
					return new RoundTripResult(verified, skipped,
							failure(revision, RoundTripFailure.Phase.UPGRADE_FAILED, ex));
				}
				SchemaSnapshot after = capture(this.scratch, this.excluded);
				if (!this.migrator.script(revision.id()).map(RevisionScript::hasDowngrade).orElse(false)) {
					skipped.add(revision.id());
				}
				else {
					RoundTripFailure failure = roundTrip(revision, before, after);
					if (failure != null) {
						return new RoundTripResult(verified, skipped, failure);
					}
					verified.add(revision.id());
				}
				before = after;
			}
			return new RoundTripResult(verified, skipped, null);
		}

		/** Downgrades the revision just upgraded, checks, upgrades it again, checks. */
		private @Nullable RoundTripFailure roundTrip(Revision revision, SchemaSnapshot before, SchemaSnapshot after) {
			try {
				downgradeOne(revision);
			}
			catch (MigrationException ex) {
				return failure(revision, RoundTripFailure.Phase.DOWNGRADE_FAILED, ex);
			}
			SchemaDiff restored = SchemaDiff.between(before, capture(this.scratch, this.excluded), "before the upgrade",
					"after the downgrade");
			if (!restored.isEmpty()) {
				return new RoundTripFailure(revision.id(), revision.source(), RoundTripFailure.Phase.DOWNGRADE_DIFFERS,
						restored, null);
			}
			try {
				this.migrator.upgrade(revision.id());
			}
			catch (MigrationException ex) {
				return failure(revision, RoundTripFailure.Phase.UPGRADE_AGAIN_FAILED, ex);
			}
			SchemaDiff again = SchemaDiff.between(after, capture(this.scratch, this.excluded), "after the first upgrade",
					"after upgrading again");
			if (!again.isEmpty()) {
				return new RoundTripFailure(revision.id(), revision.source(),
						RoundTripFailure.Phase.UPGRADE_AGAIN_DIFFERS, again, null);
			}
			return null;
		}

		/**
		 * Downgrades exactly this revision, whatever else is applied: {@code <rev>@<parent>}
		 * removes the revision and what depends on it (nothing yet, in upgrade order) on its own
		 * branch.
		 */
		private void downgradeOne(Revision revision) {
			List<String> parents = this.graph.normalizedDownRevisions(revision.id());
			String target = revision.id() + "@" + (parents.isEmpty() ? "base" : parents.get(0));
			MigrationResult result = this.migrator.downgrade(target);
			if (result.steps().size() != 1) {
				throw new MigrationException("Downgrading only revision " + revision.id() + " (with '" + target
						+ "') ran " + result.steps().size() + " steps; please report this");
			}
		}

	}

}
