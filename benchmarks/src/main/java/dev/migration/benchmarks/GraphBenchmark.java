package dev.migration.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.migration.revision.Plan;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;

/**
 * Building the revision graph and planning {@code upgrade heads} from an empty database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GraphBenchmark {

	@Param({ "1000", "10000", "100000" })
	int size;

	@Param({ "branchesAndMerges", "unmergedBranches" })
	String shape;

	List<Revision> revisions;

	RevisionGraph graph;

	@Setup
	public void setUp() {
		this.revisions = this.shape.equals("branchesAndMerges") ? GraphShapes.branchesAndMerges(this.size)
				: GraphShapes.unmergedBranches(this.size);
		this.graph = RevisionGraph.of(this.revisions);
	}

	@Benchmark
	public RevisionGraph buildGraph() {
		return RevisionGraph.of(this.revisions);
	}

	@Benchmark
	public Plan planUpgradeHeadsFromEmpty() {
		return this.graph.planUpgrade(List.of(), "heads");
	}

	@Benchmark
	public Plan buildAndPlan() {
		return RevisionGraph.of(this.revisions).planUpgrade(List.of(), "heads");
	}

}
