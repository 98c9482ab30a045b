package dev.migration.runtime;

/**
 * What to do when an applied revision's file has changed since it was applied.
 */
public enum ChecksumPolicy {

	/** Refuse to upgrade, downgrade or validate, naming the changed revisions. */
	FAIL,

	/** Log a warning naming the changed revisions, and go on. */
	WARN,

	/** Do not compare checksums. */
	IGNORE

}
