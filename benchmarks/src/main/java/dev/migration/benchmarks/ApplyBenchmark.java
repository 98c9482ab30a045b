package dev.migration.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
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

/**
 * Applying 1,000 small revisions to an empty database, one transaction per revision: each tool's
 * start-up call on a new database, against plain JDBC running the same statements.
 * <p>
 * Every measured call needs an empty database, so the mode is single-shot: in
 * {@link Mode#SingleShotTime} an iteration is exactly one call, and the
 * {@code @Setup(Level.Iteration)} below recreates the database ({@code bench_apply_<tool>}) and
 * its pool before each call, outside the measured time. ({@code Level.Invocation} would do the
 * same here but is meant for calls JMH repeats within an iteration; with a time-based mode such as
 * {@link Mode#AverageTime}, a per-iteration reset would instead let every call after the first
 * find nothing to do.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class ApplyBenchmark {

	static final int REVISIONS = 1000;

	@Param({ "MIGRATION", "FLYWAY", "LIQUIBASE", "JDBC" })
	Tool tool;

	Path files;

	String database;

	HikariDataSource dataSource;

	@Setup(Level.Trial)
	public void writeFiles() {
		this.files = SmallRevisions.write(REVISIONS);
		this.database = "bench_apply_" + this.tool.name().toLowerCase();
	}

	@Setup(Level.Iteration)
	public void emptyDatabase() {
		try {
			Postgres.recreate(this.database);
			this.dataSource = Postgres.pool(this.database);
		}
		catch (RuntimeException ex) {
			tearDown();
			throw ex;
		}
	}

	@Benchmark
	public Object applyAll() {
		return this.tool.startUp(this.dataSource, this.files);
	}

	/** Fails the run unless every revision was applied. */
	@TearDown(Level.Iteration)
	public void checkAndClose() {
		try {
			this.tool.checkApplied(this.dataSource, REVISIONS);
		}
		finally {
			this.dataSource.close();
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		Postgres.drop(this.database);
		SmallRevisions.delete(this.files);
	}

}
