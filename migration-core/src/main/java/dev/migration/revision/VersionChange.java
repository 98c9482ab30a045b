package dev.migration.revision;

/**
 * One change to the version table, exactly as Alembic makes it. Every {@link Update} and
 * {@link Delete} must match exactly one row when it runs.
 */
public sealed interface VersionChange {

	/**
	 * A new row: a new branch starts, or a merge is undone.
	 * @param version the revision id inserted
	 */
	record Insert(String version) implements VersionChange {

		@Override
		public String toString() {
			return "INSERT " + this.version;
		}

	}

	/**
	 * One row moves from one revision to another.
	 * @param from the revision id in the row
	 * @param to the revision id it becomes
	 */
	record Update(String from, String to) implements VersionChange {

		@Override
		public String toString() {
			return "UPDATE " + this.from + " -> " + this.to;
		}

	}

	/**
	 * A row goes: a branch is downgraded past its base, or merged into another.
	 * @param version the revision id deleted
	 */
	record Delete(String version) implements VersionChange {

		@Override
		public String toString() {
			return "DELETE " + this.version;
		}

	}

}
