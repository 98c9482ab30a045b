package dev.migration.revision;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a plan: a revision's upgrade or downgrade, or a stamp, together with the changes it
 * makes to the version table.
 *
 * @param kind what the step does
 * @param revision the revision run by the step; {@code null} for a stamp
 * @param from the revisions the step starts from, as Alembic prints them ({@code a, b -> c})
 * @param to the revisions the step ends at
 * @param versionChanges the changes to the version table, in order
 */
public record Step(Kind kind, @Nullable Revision revision, List<String> from, List<String> to,
		List<VersionChange> versionChanges) {

	public Step {
		from = List.copyOf(from);
		to = List.copyOf(to);
		versionChanges = List.copyOf(versionChanges);
	}

	/**
	 * Describes the step as Alembic logs it: {@code upgrade a -> b, message}.
	 * @return the description
	 */
	public String describe() {
		String text = this.kind.verb() + " " + String.join(", ", this.from) + " -> " + String.join(", ", this.to);
		String message = (this.revision != null) ? this.revision.message() : "";
		return message.isEmpty() ? text : text + ", " + message;
	}

	@Override
	public String toString() {
		return describe() + " " + this.versionChanges;
	}

	/**
	 * What a step does.
	 */
	public enum Kind {

		/** Runs a revision's upgrade. */
		UPGRADE("upgrade"),

		/** Runs a revision's downgrade. */
		DOWNGRADE("downgrade"),

		/** Changes the version table without running anything. */
		STAMP("stamp");

		private final String verb;

		Kind(String verb) {
			this.verb = verb;
		}

		/**
		 * Returns the verb Alembic logs for this kind of step.
		 * @return the verb
		 */
		public String verb() {
			return this.verb;
		}

	}

}
