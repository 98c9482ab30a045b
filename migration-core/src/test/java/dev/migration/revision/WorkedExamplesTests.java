package dev.migration.revision;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The worked examples of Alembic's semantics: what runs, and the version table after.
 */
class WorkedExamplesTests {

	/** a (base); b -> a; c -> a; d merges (b, c). */
	private static final RevisionGraph DIAMOND = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"),
			Revision.of("c", "a"), Revision.of("d", "b", "c")));

	/** a (base); b -> a; c -> a. */
	private static final RevisionGraph Y = RevisionGraph.of(
			List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "a")));

	@Nested
	class Diamond {

		@Test
		void upgradeToBRunsAThenB() {
			Plan plan = DIAMOND.planUpgrade(List.of(), "b");
			assertThat(ran(plan)).containsExactly("a", "b");
			assertThat(changes(plan)).containsExactly("INSERT a", "UPDATE a -> b");
			assertThat(plan.toHeads()).containsExactly("b");
		}

		@Test
		void upgradeToCFromBInsertsANewBranch() {
			Plan plan = DIAMOND.planUpgrade(List.of("b"), "c");
			assertThat(ran(plan)).containsExactly("c");
			assertThat(changes(plan)).containsExactly("INSERT c");
			assertThat(plan.toHeads()).containsExactly("b", "c");
		}

		@Test
		void upgradeHeadMergesBothBranches() {
			Plan plan = DIAMOND.planUpgrade(List.of("b", "c"), "head");
			assertThat(ran(plan)).containsExactly("d");
			assertThat(changes(plan)).containsExactly("DELETE b", "UPDATE c -> d");
			assertThat(plan.toHeads()).containsExactly("d");
		}

		@Test
		void downgradeOneStepFromAMergePointIsAnAmbiguousWalk() {
			assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> DIAMOND.planDowngrade(List.of("d"), "-1"))
				.withMessage("Ambiguous walk: 'd' has 2 down revisions (b, c); name the revision to go to instead of "
						+ "counting steps, or count along one branch (label@-N)");
		}

		@Test
		void downgradeToCUnmerges() {
			Plan plan = DIAMOND.planDowngrade(List.of("d"), "c");
			assertThat(ran(plan)).containsExactly("d");
			assertThat(changes(plan)).containsExactly("INSERT b", "UPDATE d -> c");
			assertThat(plan.toHeads()).containsExactly("b", "c");
		}

		@Test
		void downgradeBranchOneStepRemovesOnlyThatBranch() {
			Plan plan = DIAMOND.planDowngrade(List.of("b", "c"), "b@-1");
			assertThat(ran(plan)).containsExactly("b");
			assertThat(changes(plan)).containsExactly("DELETE b");
			assertThat(plan.toHeads()).containsExactly("c");
		}

		@Test
		void wholeSequenceFromEmpty() {
			List<String> rows = List.of();
			rows = DIAMOND.planUpgrade(rows, "b").toHeads();
			rows = DIAMOND.planUpgrade(rows, "c").toHeads();
			rows = DIAMOND.planUpgrade(rows, "head").toHeads();
			assertThat(rows).containsExactly("d");
			rows = DIAMOND.planDowngrade(rows, "c").toHeads();
			assertThat(rows).containsExactly("b", "c");
			rows = DIAMOND.planDowngrade(rows, "b@-1").toHeads();
			assertThat(rows).containsExactly("c");
		}

		@Test
		void downgradeBaseRemovesEverythingInReverseOrder() {
			Plan plan = DIAMOND.planDowngrade(List.of("d"), "base");
			assertThat(ran(plan)).containsExactly("d", "b", "c", "a");
			assertThat(changes(plan)).containsExactly("INSERT b", "UPDATE d -> c", "DELETE b", "UPDATE c -> a",
					"DELETE a");
			assertThat(plan.toHeads()).isEmpty();
		}

	}

	@Nested
	class YShape {

		@Test
		void upgradeHeadsRunsTheLaterLoadedSiblingFirstAsAlembicDoes() {
			Plan plan = Y.planUpgrade(List.of(), "heads");
			assertThat(ran(plan)).containsExactly("a", "c", "b");
			assertThat(changes(plan)).containsExactly("INSERT a", "UPDATE a -> c", "INSERT b");
			assertThat(plan.toHeads()).containsExactly("b", "c");
		}

		@Test
		void downgradeRelativeToARevisionRemovesBothBranches() {
			Plan plan = Y.planDowngrade(List.of("b", "c"), "b-1");
			assertThat(ran(plan)).containsExactly("b", "c");
			assertThat(changes(plan)).containsExactly("DELETE b", "UPDATE c -> a");
			assertThat(plan.toHeads()).containsExactly("a");
		}

		@Test
		void downgradeOnABranchRemovesOnlyThatBranch() {
			Plan plan = Y.planDowngrade(List.of("b", "c"), "b@a");
			assertThat(ran(plan)).containsExactly("b");
			assertThat(plan.toHeads()).containsExactly("c");
		}

		@Test
		void downgradeMinusOneWithSeveralHeadsAsksForAHead() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> Y.planDowngrade(List.of("b", "c"), "-1"))
				.withMessageContaining("ambiguous, name a head")
				.withMessageContaining("b, c");
		}

	}

	@Nested
	class Stamp {

		@Test
		void stampSequence() {
			List<String> rows = List.of();
			rows = stamp(rows, "b");
			assertThat(rows).containsExactly("b");
			rows = stamp(rows, "c");
			assertThat(rows).containsExactly("b", "c");
			rows = stamp(rows, "d");
			assertThat(rows).containsExactly("d");
			rows = stamp(rows, "b");
			assertThat(rows).containsExactly("b");
			rows = stamp(rows, "base");
			assertThat(rows).isEmpty();
		}

		@Test
		void stampSeveralTargetsSetsBoth() {
			assertThat(DIAMOND.planStamp(List.of(), List.of("b", "c"), false).toHeads()).containsExactly("b", "c");
		}

		@Test
		void purgeIgnoresUnknownRows() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> DIAMOND.planStamp(List.of("zzzz"), List.of("a"), false))
				.withMessage("Can't locate revision identified by 'zzzz'");
			Plan plan = DIAMOND.planStamp(List.of("zzzz"), List.of("a"), true);
			assertThat(changes(plan)).containsExactly("INSERT a");
			assertThat(plan.toHeads()).containsExactly("a");
		}

		@Test
		void stampMergesWithOneDeleteAndOneUpdate() {
			Plan plan = DIAMOND.planStamp(List.of("b", "c"), List.of("d"), false);
			assertThat(changes(plan)).containsExactly("DELETE b", "UPDATE c -> d");
		}

		private List<String> stamp(List<String> rows, String target) {
			return DIAMOND.planStamp(rows, List.of(target), false).toHeads();
		}

	}

	static List<String> ran(Plan plan) {
		return plan.steps().stream().map((step) -> step.revision().id()).toList();
	}

	static List<String> changes(Plan plan) {
		List<String> changes = new ArrayList<>();
		plan.steps().forEach((step) -> step.versionChanges().forEach((change) -> changes.add(change.toString())));
		return changes;
	}

}
