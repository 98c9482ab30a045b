package dev.migration.revision;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The structure of a graph (heads, bases, branch and merge points, labels, dependencies) and the
 * problems found when building one.
 */
class RevisionGraphTests {

	@Test
	void headsBasesBranchAndMergePoints() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "a"),
				Revision.of("d", "b", "c"), Revision.of("e", "d"), Revision.of("x")));
		assertThat(graph.heads()).containsExactly("e", "x");
		assertThat(graph.realHeads()).containsExactly("e", "x");
		assertThat(graph.bases()).containsExactly("a", "x");
		assertThat(graph.isBranchPoint("a")).isTrue();
		assertThat(graph.isMergePoint("d")).isTrue();
		assertThat(graph.isBranchPoint("d")).isFalse();
		assertThat(graph.children("a")).containsExactly("b", "c");
	}

	@Test
	void aRevisionOthersOnlyDependOnIsAnEffectiveHead() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"),
				Revision.of("other"), Revision.of("c", "other").withDependsOn("b")));
		assertThat(graph.heads()).containsExactly("b", "c");
		assertThat(graph.realHeads()).containsExactly("c");
		assertThat(graph.isEffectiveHead("b")).isTrue();
		assertThat(graph.isRealHead("b")).isFalse();
		assertThat(graph.normalizedDownRevisions("c")).containsExactly("other", "b");
		assertThat(graph.resolve("heads")).extracting(Revision::id).containsExactly("c");
	}

	@Test
	void dependenciesImpliedByAnotherParentAreNormalizedAway() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"),
				Revision.of("c", "b").withDependsOn("a"), Revision.of("x"), Revision.of("y", "x").withDependsOn("b"),
				Revision.of("z", "y").withDependsOn("b")));
		assertThat(graph.normalizedDownRevisions("c")).containsExactly("b");
		assertThat(graph.normalizedDownRevisions("y")).containsExactly("x", "b");
		assertThat(graph.normalizedDownRevisions("z")).containsExactly("y");
	}

	@Test
	void aDependencyMayNameABranchLabel() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a").withBranchLabels("accounts"),
				Revision.of("b", "a"), Revision.of("x").withDependsOn("accounts")));
		assertThat(graph.normalizedDownRevisions("x")).containsExactly("a");
	}

	@Test
	void labelsSpreadToDescendantsAndAncestorsBackToTheBranchPoint() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "b"),
				Revision.of("d", "c").withBranchLabels("feature"), Revision.of("e", "d"), Revision.of("f", "b")));
		assertThat(graph.branchLabels("e")).containsExactly("feature");
		assertThat(graph.branchLabels("d")).containsExactly("feature");
		assertThat(graph.branchLabels("c")).containsExactly("feature");
		assertThat(graph.branchLabels("b")).isEmpty();
		assertThat(graph.branchLabels("f")).isEmpty();
	}

	@Test
	void currentShowsRowsAndTheRevisionsTheyDependOn() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"),
				Revision.of("other"), Revision.of("c", "other").withDependsOn("b")));
		assertThat(graph.current(List.of("c"))).extracting(Revision::id).containsExactly("b", "c");
		assertThat(graph.current(List.of())).isEmpty();
	}

	@Test
	void everyProblemIsReportedWithItsFile() {
		List<Revision> revisions = List.of(Revision.of("a").withSource("a.sql"),
				Revision.of("a").withSource("a_again.sql"), Revision.of("b-1", "a").withSource("b.sql"),
				Revision.of("c", "missing").withSource("c.sql"),
				Revision.of("d", "a").withDependsOn("nowhere").withSource("d.sql"),
				Revision.of("e", "a").withBranchLabels("x").withSource("e.sql"),
				Revision.of("f", "a").withBranchLabels("x").withSource("f.sql"));
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> RevisionGraph.of(revisions))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"a_again.sql: revision id 'a' is already used by a.sql; give one of the two revisions a new id",
						"b.sql: revision id 'b-1' is not valid: use only letters, digits and '_' (no '@', '-', '+', ':' or spaces)",
						"f.sql: Branch name 'x' in revision f already used by revision e (e.sql)",
						"c.sql: down_revision 'missing' of revision c is not defined by any revision; check the id, or add the missing revision file",
						"d.sql: depends_on 'nowhere' of revision d is neither a revision id nor a branch label"))
			.withMessageStartingWith("5 problems in the revisions:");
	}

	@Test
	void anIdLongerThanTheVersionTableHoldsIsRefused() {
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("add_conversations_created_at_index").withSource("x.yaml"))))
			.withMessageContaining("x.yaml: revision id 'add_conversations_created_at_index' has 34 characters; the "
					+ "version table's version_num column holds 32 (Alembic's layout): shorten the id");
		assertThat(RevisionGraph.of(List.of(Revision.of("a".repeat(32)))).heads()).containsExactly("a".repeat(32));
	}

	@Test
	void aCycleNamesItsRevisionsAndFiles() {
		List<Revision> revisions = List.of(Revision.of("base"), Revision.of("a", "c").withSource("a.sql"),
				Revision.of("b", "a").withSource("b.sql"), Revision.of("c", "b").withSource("c.sql"));
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> RevisionGraph.of(revisions))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.extracting(Object::toString)
				.asString()
				.contains("Cycle is detected in revisions (", "a in a.sql", "b in b.sql", "c in c.sql",
						"fix a down_revision or depends_on"));
	}

	@Test
	void aRevisionFollowingItselfIsASelfLoop() {
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("a", "a").withSource("a.sql"))))
			.withMessageContaining("a.sql: Self-loop is detected in revisions (a)");
	}

	@Test
	void aCycleThroughADependencyIsFound() {
		assertThatExceptionOfType(InvalidRevisionsException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("a").withDependsOn("b"), Revision.of("b", "a"))))
			.withMessageContaining("Cycle is detected in revisions (");
	}

	@Test
	void anEmptyGraphHasNoHeads() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.resolveOne("head")).isNull();
		assertThat(graph.planUpgrade(List.of(), "heads").isEmpty()).isTrue();
	}

}
