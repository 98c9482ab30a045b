package dev.migration.runtime;

/**
 * How revisions are grouped into transactions.
 */
public enum TransactionMode {

	/**
	 * Each revision runs in its own transaction, together with its version-table change and its
	 * log entry: a revision is either wholly applied and recorded, or not at all.
	 */
	PER_REVISION,

	/**
	 * All pending revisions run in one transaction, so that an upgrade is applied wholly or not
	 * at all. A revision that must run in autocommit ends the transaction before it and starts a
	 * new one after it.
	 */
	ALL

}
