package dev.migration.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;

/**
 * {@code multiple-heads}: two or more heads of the same branch. Heads whose revisions (with
 * their ancestors) carry the same branch labels, none being a set too, are the same branch that
 * diverged, typically two developers who each added a revision on the same head; {@code upgrade
 * head} refuses to choose, and their revisions run in an order nobody reviewed. Heads of
 * branches with labels of their own (independent branches, as Alembic's multiple bases) are
 * meant to stay apart and are not reported. One finding per head, on that head.
 */
final class MultipleHeadsRule extends BuiltInRule {

	static final String ID = "multiple-heads";

	MultipleHeadsRule() {
		super(ID, Severity.ERROR,
				"several heads on the same branch (revisions written in parallel, not merged)");
	}

	@Override
	public List<LintFinding> checkGraph(RevisionGraph graph, List<LintedRevision> revisions) {
		if (graph.heads().size() < 2) {
			return List.of();
		}
		Map<String, LintedRevision> byId = new LinkedHashMap<>();
		revisions.forEach((revision) -> byId.put(revision.revision().id(), revision));
		Map<Set<String>, List<String>> headsByLabels = new LinkedHashMap<>();
		for (String head : graph.heads()) {
			headsByLabels.computeIfAbsent(labels(graph, head), (labels) -> new ArrayList<>()).add(head);
		}
		List<LintFinding> findings = new ArrayList<>();
		headsByLabels.forEach((labels, heads) -> {
			if (heads.size() < 2) {
				return;
			}
			for (String head : heads) {
				LintedRevision revision = byId.get(head);
				if (revision != null) {
					findings.add(finding(revision, heads, labels));
				}
			}
		});
		return findings;
	}

	private LintFinding finding(LintedRevision revision, List<String> heads, Set<String> labels) {
		String others = String.join(" ", heads);
		return revision.finding(this, 0, "Revision '" + revision.revision().id() + "' is one of " + heads.size()
				+ " heads of the same branch (" + String.join(", ", heads) + (labels.isEmpty() ? ", no branch label"
						: ", branch labels " + String.join(", ", labels))
				+ "): 'upgrade head' refuses to choose between them, and their revisions, written in parallel, run in "
				+ "an order nobody reviewed. Merge them with 'migration merge " + others + " -m \"Merge ...\"', or "
				+ "point one revision's down_revision at the other head. If the branches are meant to stay apart, "
				+ "give each a branch label of its own.");
	}

	/** The branch labels of a revision and its ancestors. */
	private static Set<String> labels(RevisionGraph graph, String head) {
		Set<String> labels = new TreeSet<>();
		Set<String> seen = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>(List.of(head));
		while (!pending.isEmpty()) {
			String id = pending.pop();
			if (!seen.add(id)) {
				continue;
			}
			Revision revision = graph.get(id);
			labels.addAll(revision.branchLabels());
			pending.addAll(revision.downRevisions());
		}
		return labels;
	}

}
