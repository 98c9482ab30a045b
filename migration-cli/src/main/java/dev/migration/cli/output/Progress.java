package dev.migration.cli.output;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

import dev.migration.revision.Step;
import dev.migration.runtime.MigrationFailedException;
import dev.migration.runtime.MigrationListener;

/**
 * Shows a run as it goes. On a terminal: {@code [2/5] Running upgrade a -> b, message ... done
 * (120 ms, 0.4 s elapsed)}, in colour unless {@code NO_COLOR} is set. Otherwise Alembic's plain
 * lines, one per step as it starts: {@code Running upgrade a -> b, message}; with {@code -v} each
 * followed by how long it took.
 */
public final class Progress implements MigrationListener {

	private final PrintWriter out;

	private final boolean terminal;

	private final boolean verbose;

	private final Styles styles;

	private final LongSupplier nanoTime;

	private long started = -1;

	/**
	 * Creates a progress display.
	 * @param out where to print
	 * @param terminal whether {@code out} is a terminal
	 * @param verbose whether to print each step's time in plain mode
	 * @param styles the colours
	 * @param nanoTime the clock elapsed time is measured with
	 */
	public Progress(PrintWriter out, boolean terminal, boolean verbose, Styles styles, LongSupplier nanoTime) {
		this.out = out;
		this.terminal = terminal;
		this.verbose = verbose;
		this.styles = styles;
		this.nanoTime = nanoTime;
	}

	/**
	 * Describes a step as Alembic logs it: {@code upgrade a -> b, message},
	 * {@code downgrade b -> a, message}, {@code stamp_revision a -> b}.
	 * @param step the step
	 * @return the description
	 */
	public static String describe(Step step) {
		return (step.kind() == Step.Kind.STAMP) ? "stamp_revision " + String.join(", ", step.from()) + " -> "
				+ String.join(", ", step.to()) : step.describe();
	}

	@Override
	public void beforeStep(Step step, int index, int total) {
		if (this.started < 0) {
			this.started = this.nanoTime.getAsLong();
		}
		if (this.terminal) {
			this.out.print(this.styles.dim("[" + index + "/" + total + "]") + " Running " + describe(step) + " ... ");
		}
		else {
			this.out.println("Running " + describe(step));
		}
		this.out.flush();
	}

	@Override
	public void afterStep(Step step, Duration duration) {
		String took = Durations.format(duration);
		if (this.terminal) {
			Duration elapsed = Duration.ofNanos(this.nanoTime.getAsLong() - this.started);
			this.out.println(this.styles.ok("done") + " (" + took + ", " + Durations.format(elapsed) + " elapsed)");
		}
		else if (this.verbose) {
			this.out.println("  done in " + took);
		}
		this.out.flush();
	}

	@Override
	public void stepFailed(Step step, MigrationFailedException failure) {
		if (this.terminal) {
			this.out.println(this.styles.failed("failed"));
			this.out.flush();
		}
	}

}
