package dev.migration.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.migration.revision.RevisionGraph;
import dev.migration.script.RevisionScript;
import dev.migration.source.LoadedRevisions;
import dev.migration.source.Location;
import dev.migration.source.RevisionLoader;
import dev.migration.source.sql.SqlRevisionParser;
import dev.migration.source.yaml.YamlRevisionParser;

/**
 * Reading a large project's revision files and building its graph: what the engine does before
 * it first touches the database. {@link RevisionFiles} writes the files (half SQL, half YAML,
 * with branches and merges) to a temporary folder; each call scans the folder, reads and parses
 * every file, and builds the {@link RevisionGraph}.
 * <p>
 * Nothing else is compared here: Flyway and Liquibase have no revision graph to build, and read
 * neither of these formats.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class LoadBenchmark {

	@Param({ "5000" })
	int files;

	Path folder;

	List<Location> locations;

	@Setup(Level.Trial)
	public void writeFiles() {
		this.folder = RevisionFiles.write(this.files);
		this.locations = List.of(Location.parse("filesystem:" + this.folder));
	}

	@Benchmark
	public RevisionGraph loadAndBuildGraph() {
		return load();
	}

	/**
	 * The same, but the first call in a fresh JVM, as an application's start pays it: the
	 * engine's classes and SnakeYAML's loaded, their code not yet compiled. One call per fork.
	 * @return the graph
	 */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	@Fork(5)
	public RevisionGraph firstLoadAndBuildGraph() {
		return load();
	}

	private RevisionGraph load() {
		LoadedRevisions loaded = new RevisionLoader(List.of(new SqlRevisionParser(), new YamlRevisionParser()), null)
			.load(this.locations);
		RevisionGraph graph = RevisionGraph.of(loaded.scripts().stream().map(RevisionScript::revision).toList());
		if (graph.revisions().size() != this.files || graph.heads().size() != 1) {
			throw new IllegalStateException("Loaded " + graph.revisions().size() + " revisions with heads "
					+ graph.heads() + "; expected " + this.files + " revisions and one head");
		}
		return graph;
	}

	@TearDown(Level.Trial)
	public void deleteFiles() {
		SmallRevisions.delete(this.folder);
	}

}
