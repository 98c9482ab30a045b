package dev.migration.revision;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One revision as the graph sees it: its id, the revisions it follows, its branch labels and
 * dependencies, and where it was declared.
 *
 * @param id the revision id: letters, digits and {@code _}
 * @param downRevisions the revisions this one follows: none for a base, several for a merge point
 * @param branchLabels the branch labels declared on this revision
 * @param dependsOn revision ids or branch labels this revision also depends on
 * @param message the one-line description
 * @param createDate when the revision was created, as written in its file
 * @param source where the revision was declared, for example
 * {@code classpath:db/revisions/20241024_1430_ae1027a6acf_add_x.sql}
 */
public record Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
		String message, @Nullable String createDate, String source) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

	public Revision {
		downRevisions = List.copyOf(downRevisions);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * A revision with no labels, dependencies or message, declared in code: handy for tests and
	 * tools that build graphs by hand.
	 * @param id the revision id
	 * @param downRevisions the revisions it follows
	 * @return the revision
	 */
	public static Revision of(String id, String... downRevisions) {
		return new Revision(id, List.of(downRevisions), List.of(), List.of(), "", null, "<code>");
	}

	/**
	 * Returns a copy of this revision with the given branch labels.
	 * @param labels the branch labels
	 * @return the copy
	 */
	public Revision withBranchLabels(String... labels) {
		return new Revision(this.id, this.downRevisions, List.of(labels), this.dependsOn, this.message,
				this.createDate, this.source);
	}

	/**
	 * Returns a copy of this revision with the given dependencies.
	 * @param dependencies revision ids or branch labels
	 * @return the copy
	 */
	public Revision withDependsOn(String... dependencies) {
		return new Revision(this.id, this.downRevisions, this.branchLabels, List.of(dependencies), this.message,
				this.createDate, this.source);
	}

	/**
	 * Returns a copy of this revision with the given message.
	 * @param message the message
	 * @return the copy
	 */
	public Revision withMessage(String message) {
		return new Revision(this.id, this.downRevisions, this.branchLabels, this.dependsOn, message, this.createDate,
				this.source);
	}

	/**
	 * Returns a copy of this revision declared at the given source.
	 * @param source where the revision was declared
	 * @return the copy
	 */
	public Revision withSource(String source) {
		return new Revision(this.id, this.downRevisions, this.branchLabels, this.dependsOn, this.message,
				this.createDate, source);
	}

	/**
	 * Whether this revision has no down revision.
	 * @return whether it is a base
	 */
	public boolean isBase() {
		return this.downRevisions.isEmpty();
	}

	/**
	 * Whether this revision merges several down revisions.
	 * @return whether it is a merge point
	 */
	public boolean isMergePoint() {
		return this.downRevisions.size() > 1;
	}

	/**
	 * Whether the given text is a valid revision id or branch label: letters, digits and
	 * {@code _}, so that it never clashes with the identifier grammar ({@code @ - + :}).
	 * @param id the text to check
	 * @return whether it is valid
	 */
	public static boolean isValidId(String id) {
		return ID.matcher(id).matches();
	}

}
