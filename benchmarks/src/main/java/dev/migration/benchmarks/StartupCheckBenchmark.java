package dev.migration.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The check every application start makes when the database is already up to date: 1,000
 * revisions applied, the same 1,000 files on disk, and each tool's start-up call, which reads
 * and parses the files, reads its history table, validates the applied migrations against the
 * files and finds nothing to do.
 * <p>
 * Each tool has its own database ({@code bench_check_migration}, {@code bench_check_flyway},
 * {@code bench_check_liquibase}), migrated once by the tool itself before measuring, and dropped
 * afterwards; each reaches it through the same pool ({@link Postgres#pool}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class StartupCheckBenchmark extends UpToDateDatabase {

	@Setup(Level.Trial)
	public void setUp() {
		prepare("bench_check_");
	}

	@Override
	void migrate() {
		this.dataSource = Postgres.pool(this.database);
		this.tool.startUp(this.dataSource, this.files);
	}

	@Benchmark
	public Object upToDate() {
		return this.tool.startUp(this.dataSource, this.files);
	}

	/** Fails the run when a call did anything but find the database up to date. */
	@TearDown(Level.Iteration)
	public void checkAfterIteration() {
		checkApplied();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		cleanUp();
	}

}
