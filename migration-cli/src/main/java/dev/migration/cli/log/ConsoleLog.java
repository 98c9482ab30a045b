package dev.migration.cli.log;

import java.io.PrintWriter;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import dev.migration.cli.output.Styles;

/**
 * The SLF4J provider of the command line. The engine logs through SLF4J; on the command line its
 * warnings are printed on the standard error of the running command, {@code WARNING: message},
 * and its errors are not, as each comes with the failure the command prints as
 * {@code FAILED: message}. With {@code --debug} everything down to debug level is printed.
 */
public final class ConsoleLog implements SLF4JServiceProvider {

	/**
	 * Loggers whose warnings the command line replaces with its own: the revision loader's
	 * "No revisions in classpath:db/revisions", which the command line says with the folder it
	 * looked in.
	 */
	static final Set<String> REPLACED = Set.of("dev.migration.source.RevisionLoader");

	private static volatile @Nullable Sink sink;

	private final ILoggerFactory loggerFactory = ConsoleLogger::new;

	private final IMarkerFactory markerFactory = new BasicMarkerFactory();

	private final MDCAdapter mdcAdapter = new NOPMDCAdapter();

	/**
	 * Where log events go while a command runs.
	 *
	 * @param err the standard error of the command
	 * @param styles its colours
	 * @param debug whether to print info and debug events too
	 */
	record Sink(PrintWriter err, Styles styles, BooleanSupplier debug) {
	}

	/**
	 * Sends log events to a command's standard error until the returned handle is closed.
	 * @param err the standard error
	 * @param styles the colours
	 * @param debug whether to print info and debug events too, asked at each event (the
	 * {@code --debug} flag is known once the command line is parsed)
	 * @return the handle that stops it
	 */
	public static Attachment attach(PrintWriter err, Styles styles, BooleanSupplier debug) {
		Sink attached = new Sink(err, styles, debug);
		Sink previous = sink;
		sink = attached;
		return () -> sink = previous;
	}

	/**
	 * Stops sending log events to a command.
	 */
	@FunctionalInterface
	public interface Attachment extends AutoCloseable {

		@Override
		void close();

	}

	static @Nullable Sink sink() {
		return sink;
	}

	@Override
	public ILoggerFactory getLoggerFactory() {
		return this.loggerFactory;
	}

	@Override
	public IMarkerFactory getMarkerFactory() {
		return this.markerFactory;
	}

	@Override
	public MDCAdapter getMDCAdapter() {
		return this.mdcAdapter;
	}

	@Override
	public String getRequestedApiVersion() {
		return "2.0.99";
	}

	@Override
	public void initialize() {
	}

}
