package dev.migration.script;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.revision.Revision;

/**
 * A revision together with what it does: loaded from a SQL or YAML file, or written in Java.
 * Scripts do not touch the database themselves; they hand operations to a
 * {@link MigrationContext}, which executes them online or renders them as an offline script.
 */
public interface RevisionScript {

	/**
	 * Returns the revision's metadata: the node of the revision graph.
	 * @return the revision
	 */
	Revision revision();

	/**
	 * Returns a checksum of the revision's content, used to tell when an applied revision's file
	 * has changed since. Stable across machines and line endings.
	 * @return the checksum, lower-case hexadecimal
	 */
	String checksum();

	/**
	 * Whether the revision runs inside a transaction. A revision that is not transactional runs
	 * in autocommit, and its version-table change follows it.
	 * @return whether it is transactional
	 */
	boolean transactional();

	/**
	 * Whether the revision can be downgraded: it declares a downgrade, or one can be derived.
	 * @return whether {@link #downgrade} can run
	 */
	boolean hasDowngrade();

	/**
	 * Whether the script only hands operations to the context, so that they can be recorded
	 * without a database: true for SQL and YAML files. The runtime records a declarative
	 * revision first to see whether it can run in a transaction, and can render it offline.
	 * Java revisions, which may use the connection, are not declarative.
	 * @return whether the script is declarative
	 */
	default boolean declarative() {
		return true;
	}

	/**
	 * Returns the lint rules this revision silences, each with the reason written for it:
	 * {@code -- lint_ignore:} header lines of a SQL file, {@code lint_ignore:} of a YAML file,
	 * {@link dev.migration.java.RevisionInfo#lintIgnore()} of a Java revision.
	 * @return the suppressions, in the order written; none by default
	 */
	default List<LintSuppression> lintSuppressions() {
		return List.of();
	}

	/**
	 * Hands the revision's upgrade operations to the context, in order.
	 * @param context where the operations go
	 */
	void upgrade(MigrationContext context);

	/**
	 * Hands the revision's downgrade operations to the context, in order.
	 * @param context where the operations go
	 * @throws dev.migration.MigrationException if the revision cannot be downgraded, naming the
	 * revision and the reason
	 */
	void downgrade(MigrationContext context);

}
