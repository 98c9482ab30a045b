package dev.migration;

/**
 * Where a revision stands in a database.
 */
public enum RevisionState {

	/** Applied, and its file is as it was when applied (or its checksum was never recorded). */
	APPLIED,

	/** Not applied yet. */
	PENDING,

	/** Applied, but its file changed since. */
	CHANGED,

	/** Applied according to the database, but no revision file defines it. */
	MISSING

}
