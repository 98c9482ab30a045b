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
 * The same up-to-date check as {@link StartupCheckBenchmark}, but the first call in a fresh JVM,
 * as an application's start pays it: the tool's classes loaded, its code interpreted before the
 * JIT compiler gets to it. Each fork measures one call.
 * <p>
 * The database is prepared by the tool running in an {@link Isolated} class loader, so that the
 * measured call finds none of the tool's classes loaded. The pool and the JDBC driver are loaded
 * and connected before the call, as a Spring Boot application's are by then.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstStartupCheckBenchmark extends UpToDateDatabase {

	@Setup(Level.Trial)
	public void setUp() {
		prepare("bench_first_");
	}

	@Override
	void migrate() {
		Isolated.startUp(this.tool, this.database, this.files);
	}

	@Benchmark
	public Object firstCall() {
		return this.tool.startUp(this.dataSource, this.files);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		try {
			checkApplied();
		}
		finally {
			cleanUp();
		}
	}

}
