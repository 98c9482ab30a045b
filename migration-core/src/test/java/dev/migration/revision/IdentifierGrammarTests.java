package dev.migration.revision;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every form of Alembic's identifier grammar, and every refusal it makes.
 */
class IdentifierGrammarTests {

	/**
	 * ae1027a6acf (base) -> 27c6a30d7c24 -> 3c9f1a2b5d6e (head of the main line);
	 * 27c6a30d7c24 -> 4d8e0f1a2b3c (label "reports") -> 55aa66bb77cc.
	 */
	private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(Revision.of("ae1027a6acf"),
			Revision.of("27c6a30d7c24", "ae1027a6acf"), Revision.of("3c9f1a2b5d6e", "27c6a30d7c24"),
			Revision.of("4d8e0f1a2b3c", "27c6a30d7c24").withBranchLabels("reports"),
			Revision.of("55aa66bb77cc", "4d8e0f1a2b3c")));

	private static final RevisionGraph LINE = RevisionGraph.of(
			List.of(Revision.of("aaaa"), Revision.of("bbbb", "aaaa"), Revision.of("cccc", "bbbb")));

	@Test
	void fullIdsAndUniquePrefixesOfAnyLength() {
		assertThat(one("27c6a30d7c24")).isEqualTo("27c6a30d7c24");
		assertThat(one("27c")).isEqualTo("27c6a30d7c24");
		assertThat(one("5")).isEqualTo("55aa66bb77cc");
	}

	@Test
	void anUnknownIdCannotBeLocated() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("ffffff"))
			.withMessage("Can't locate revision identified by 'ffffff'");
	}

	@Test
	void aShortUnknownPrefixGetsAHint() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("ff"))
			.withMessage("Can't locate revision identified by 'ff'; please ensure at least four characters are "
					+ "present for partial revision identifier matches");
	}

	@Test
	void anAmbiguousPrefixListsTheCandidates() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("abc111"), Revision.of("abc222", "abc111")));
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> graph.resolve("abc"))
			.withMessage("Multiple revisions start with 'abc': 'abc111', 'abc222'...");
	}

	@Test
	void headHeadsAndBase() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("head"))
			.withMessage("Multiple head revisions are present for given argument 'head'; please specify a specific "
					+ "target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
		assertThat(ids(GRAPH.resolve("heads"))).containsExactly("3c9f1a2b5d6e", "55aa66bb77cc");
		assertThat(GRAPH.resolve("base")).isEmpty();
		assertThat(one("head", LINE)).isEqualTo("cccc");
	}

	@Test
	void branchLabelsAndLabelAtForms() {
		assertThat(one("reports")).isEqualTo("4d8e0f1a2b3c");
		assertThat(one("reports@head")).isEqualTo("55aa66bb77cc");
		assertThat(ids(GRAPH.resolve("reports@heads"))).containsExactly("55aa66bb77cc");
		assertThat(GRAPH.resolve("reports@base")).isEmpty();
		assertThat(one("reports@4d8e")).isEqualTo("4d8e0f1a2b3c");
		assertThat(one("55aa66bb77cc@head")).as("a revision id stands for its branch").isEqualTo("55aa66bb77cc");
		assertThat(ids(GRAPH.resolve("reports@-1"))).containsExactly("4d8e0f1a2b3c");
	}

	@Test
	void aRevisionOffTheBranchIsRefused() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("reports@3c9f1a2b5d6e"))
			.withMessage("Revision 3c9f1a2b5d6e is not a member of branch 'reports'");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("reports@3c9f"))
			.withMessage("Can't locate revision identified by '3c9f'");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("nowhere@head"))
			.withMessage("Can't locate revision identified by 'nowhere'");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> GRAPH.resolve("nowhere@3c9f"))
			.withMessage("No such branch: 'nowhere'");
	}

	@Test
	void relativeUpgradeTargets() {
		assertThat(ran(LINE.planUpgrade(List.of(), "+2"))).containsExactly("aaaa", "bbbb");
		assertThat(ran(LINE.planUpgrade(List.of("aaaa"), "+1"))).containsExactly("bbbb");
		assertThat(ran(LINE.planUpgrade(List.of(), "aaaa+1"))).containsExactly("aaaa", "bbbb");
		assertThat(ran(LINE.planUpgrade(List.of(), "head-1"))).containsExactly("aaaa", "bbbb");
		assertThat(ran(LINE.planUpgrade(List.of(), "base+1"))).containsExactly("aaaa");
		assertThat(ran(GRAPH.planUpgrade(List.of("3c9f1a2b5d6e"), "reports@+2"))).containsExactly("4d8e0f1a2b3c",
				"55aa66bb77cc");
	}

	@Test
	void relativeDowngradeTargets() {
		assertThat(ran(LINE.planDowngrade(List.of("cccc"), "-2"))).containsExactly("cccc", "bbbb");
		assertThat(ran(LINE.planDowngrade(List.of("cccc"), "bbbb-1"))).containsExactly("cccc", "bbbb");
		assertThat(ran(LINE.planDowngrade(List.of("cccc"), "aaaa+1"))).containsExactly("cccc");
		assertThat(ran(GRAPH.planDowngrade(List.of("3c9f1a2b5d6e", "55aa66bb77cc"), "reports@-1")))
			.containsExactly("55aa66bb77cc");
	}

	@Test
	void relativeRefusals() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> LINE.planUpgrade(List.of(), "+4"))
			.withMessage("Relative revision +4 didn't produce 4 migrations");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> LINE.planUpgrade(List.of("cccc"), "-1"))
			.withMessage("Relative revision -1 didn't produce 1 migrations");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> LINE.planDowngrade(List.of(), "-1"))
			.withMessage("Relative revision -1 didn't produce 1 migrations");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> LINE.planDowngrade(List.of("cccc"), "+1"))
			.withMessage("Relative revision +1 didn't produce 1 migrations");
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> LINE.planDowngrade(List.of("cccc"), "aaaa+5"))
			.withMessage("Walked too far");
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> GRAPH.planUpgrade(List.of("3c9f1a2b5d6e", "55aa66bb77cc"), "+1"))
			.withMessage("Ambiguous upgrade from multiple current revisions");
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> GRAPH.planUpgrade(List.of("27c6a30d7c24"), "+1"))
			.withMessageStartingWith("Ambiguous walk: '27c6a30d7c24' has ")
			.withMessageContaining(" revisions after it (")
			.withMessageEndingWith("or count along one branch (label@+N)");
	}

	@Test
	void downgradeToSomethingNotBelowTheCurrentRevisionIsRefused() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> GRAPH.planDowngrade(List.of("3c9f1a2b5d6e"), "55aa66bb77cc"))
			.withMessage("Destination 55aa66bb77cc is not a valid downgrade target from current head(s)");
	}

	@Test
	void upgradingToSomethingAlreadyAppliedDoesNothing() {
		assertThat(LINE.planUpgrade(List.of("cccc"), "aaaa").isEmpty()).isTrue();
	}

	@Test
	void aRowNoRevisionDefinesCannotBeLocated() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> LINE.planUpgrade(List.of("gone"), "head"))
			.withMessage("Can't locate revision identified by 'gone'");
	}

	@Test
	void historyRanges() {
		assertThat(history("base", "heads", LINE)).containsExactly("cccc", "bbbb", "aaaa");
		assertThat(history("bbbb", "heads", LINE)).containsExactly("cccc", "bbbb");
		assertThat(history("base", "bbbb", LINE)).containsExactly("bbbb", "aaaa");
		assertThat(history("-1", "heads", LINE)).containsExactly("cccc", "bbbb");
		// Alembic's order: the first head's branch, then the other, then the shared trunk.
		assertThat(history("base", "heads", GRAPH)).containsExactly("3c9f1a2b5d6e", "55aa66bb77cc", "4d8e0f1a2b3c",
				"27c6a30d7c24", "ae1027a6acf");
		assertThat(ids(LINE.history(RevisionGraph.HistoryBound.current(List.of("bbbb")),
				RevisionGraph.HistoryBound.of("heads")))).containsExactly("cccc", "bbbb");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> history("3c9f", "55aa", GRAPH))
			.withMessage("Requested range 3c9f:55aa does not refer to ancestor/descendant revisions along the same branch");
	}

	private static String one(String identifier) {
		return one(identifier, GRAPH);
	}

	private static String one(String identifier, RevisionGraph graph) {
		Revision revision = graph.resolveOne(identifier);
		assertThat(revision).isNotNull();
		return revision.id();
	}

	private static List<String> history(String lower, String upper, RevisionGraph graph) {
		return ids(graph.history(RevisionGraph.HistoryBound.of(lower), RevisionGraph.HistoryBound.of(upper)));
	}

	private static List<String> ids(List<Revision> revisions) {
		return revisions.stream().map(Revision::id).toList();
	}

	private static List<String> ran(Plan plan) {
		return WorkedExamplesTests.ran(plan);
	}

}
