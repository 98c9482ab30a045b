package dev.migration.cli.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;

/**
 * Prints revisions the way Alembic does ({@code Script._head_only}, {@code Script.log_entry} and
 * {@code Script.cmd_format} of Alembic's {@code script/base.py}), so that the output of
 * {@code current}, {@code history}, {@code heads}, {@code branches} and {@code show} reads as
 * Alembic's.
 */
public final class RevisionFormat {

	private final RevisionGraph graph;

	private final Function<Revision, String> paths;

	private final Set<String> current;

	/**
	 * Creates a format.
	 * @param graph the graph the revisions belong to
	 * @param paths the path printed for a revision on {@code Path:} lines
	 * @param current the revisions marked {@code (current)}: the rows of the version table when
	 * asked for, else none
	 */
	public RevisionFormat(RevisionGraph graph, Function<Revision, String> paths, Set<String> current) {
		this.graph = graph;
		this.paths = paths;
		this.current = Set.copyOf(current);
	}

	/**
	 * Returns a function that prints a revision's file, or its source when it has none.
	 * @param files the file of a revision, or {@code null}
	 * @return the function
	 */
	public static Function<Revision, String> pathsFrom(Function<Revision, @Nullable Path> files) {
		return (revision) -> {
			Path path = files.apply(revision);
			return (path != null) ? path.toString() : revision.source();
		};
	}

	/**
	 * What to include in a one-line entry.
	 *
	 * @param branches the branch labels, {@code (feat_x)}
	 * @param doc the message, {@code , message}
	 * @param parents the down revisions and dependencies, {@code a (dep) -> }
	 * @param tree {@code (branchpoint)} and {@code (mergepoint)}
	 */
	public record Parts(boolean branches, boolean doc, boolean parents, boolean tree) {

		/** What {@code current} prints: the id and every indicator. */
		public static final Parts CURRENT = new Parts(false, false, false, true);

		/** What {@code heads} prints: the id, its labels and {@code (head)}. */
		public static final Parts HEADS = new Parts(true, false, false, false);

		/** What {@code history} prints: everything. */
		public static final Parts HISTORY = new Parts(true, true, true, true);

		/** What {@code branches} prints for a branch point. */
		public static final Parts BRANCH_POINT = new Parts(true, false, false, true);

	}

	/**
	 * Prints a revision as Alembic's {@code cmd_format} does: the verbose entry, or one line.
	 * @param revision the revision
	 * @param verbose whether to print the verbose entry
	 * @param parts what the one-line form includes
	 * @return the text; a verbose entry ends with a line break, which Alembic's printing doubles
	 */
	public String format(Revision revision, boolean verbose, Parts parts) {
		return verbose ? logEntry(revision) : line(revision, parts);
	}

	/**
	 * Prints a revision on one line, as Alembic's {@code _head_only}: {@code <parents>[ (<deps>)] ->
	 * <rev>[ (<labels>)][ (head)| (effective head)][ (current)][ (branchpoint)][ (mergepoint)][,
	 * <message>]}.
	 * @param revision the revision
	 * @param parts what to include
	 * @return the line
	 */
	public String line(Revision revision, Parts parts) {
		String id = revision.id();
		StringBuilder text = new StringBuilder();
		if (parts.parents()) {
			text.append(downRevisions(revision));
			if (!revision.dependsOn().isEmpty()) {
				text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
			}
			text.append(" -> ");
		}
		text.append(id);
		Set<String> labels = this.graph.branchLabels(id);
		if (parts.branches() && !labels.isEmpty()) {
			text.append(" (").append(String.join(", ", labels)).append(')');
		}
		if (this.graph.isRealHead(id)) {
			text.append(" (head)");
		}
		else if (this.graph.isHead(id)) {
			text.append(" (effective head)");
		}
		if (this.current.contains(id)) {
			text.append(" (current)");
		}
		if (parts.tree()) {
			if (this.graph.isBranchPoint(id)) {
				text.append(" (branchpoint)");
			}
			if (this.graph.isMergePoint(id)) {
				text.append(" (mergepoint)");
			}
		}
		if (parts.doc()) {
			text.append(", ").append(doc(revision));
		}
		return text.toString();
	}

	/**
	 * Prints a revision's verbose entry, as Alembic's {@code log_entry}:
	 * <pre>
	 * Rev: d (head) (mergepoint)
	 * Merges: b, c
	 * Also depends on: x
	 * Branches into: e, f
	 * Branch names: feat_x
	 * Path: /app/src/main/resources/db/revisions/20241024_1430_d_merge.sql
	 *
	 *     merge b and c
	 *
	 *     Revision ID: d
	 *     Revises: b, c
	 *     Create Date: 2024-10-24 14:30:00
	 * </pre>
	 * The indented text is what Alembic's revision template puts in a revision's docstring.
	 * @param revision the revision
	 * @return the entry, ending with a line break
	 */
	public String logEntry(Revision revision) {
		String id = revision.id();
		StringBuilder entry = new StringBuilder("Rev: ").append(id);
		if (this.graph.isHead(id)) {
			entry.append(" (head)");
		}
		if (this.graph.isBranchPoint(id)) {
			entry.append(" (branchpoint)");
		}
		if (this.graph.isMergePoint(id)) {
			entry.append(" (mergepoint)");
		}
		if (this.current.contains(id)) {
			entry.append(" (current)");
		}
		entry.append('\n');
		entry.append(this.graph.isMergePoint(id) ? "Merges: " : "Parent: ").append(downRevisions(revision)).append('\n');
		if (!revision.dependsOn().isEmpty()) {
			entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		if (this.graph.isBranchPoint(id)) {
			entry.append("Branches into: ").append(String.join(", ", this.graph.children(id))).append('\n');
		}
		Set<String> labels = this.graph.branchLabels(id);
		if (!labels.isEmpty()) {
			entry.append("Branch names: ").append(String.join(", ", labels)).append('\n');
		}
		entry.append("Path: ").append(this.paths.apply(revision)).append('\n');
		entry.append('\n');
		for (String line : longDoc(revision)) {
			entry.append("    ").append(line).append('\n');
		}
		return entry.toString();
	}

	/**
	 * Returns the down revisions as Alembic prints them: {@code <base>} for none.
	 * @param revision the revision
	 * @return the text
	 */
	public static String downRevisions(Revision revision) {
		return revision.isBase() ? "<base>" : String.join(", ", revision.downRevisions());
	}

	/**
	 * Returns the first paragraph of a revision's message, as Alembic's {@code doc}.
	 * @param revision the revision
	 * @return the text
	 */
	public static String doc(Revision revision) {
		String message = revision.message().strip();
		int paragraph = message.indexOf("\n\n");
		return (paragraph >= 0) ? message.substring(0, paragraph) : message;
	}

	/**
	 * Returns the lines of the text Alembic's template puts in a revision's docstring: the
	 * message, then {@code Revision ID}, {@code Revises} and {@code Create Date}.
	 */
	private static List<String> longDoc(Revision revision) {
		List<String> lines = new ArrayList<>();
		String message = revision.message().strip();
		if (!message.isEmpty()) {
			lines.addAll(message.lines().toList());
			lines.add("");
		}
		lines.add("Revision ID: " + revision.id());
		lines.add("Revises: " + String.join(", ", revision.downRevisions()));
		if (revision.createDate() != null && !revision.createDate().isBlank()) {
			lines.add("Create Date: " + revision.createDate());
		}
		return lines;
	}

}
