package dev.migration.cli.log;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger of {@link ConsoleLog}: prints warnings (and, with {@code --debug}, info and debug
 * events) on the running command's standard error; drops errors, which the command prints as its
 * failure.
 */
final class ConsoleLogger extends LegacyAbstractLogger {

	private static final long serialVersionUID = 1L;

	ConsoleLogger(String name) {
		this.name = name;
	}

	@Override
	public boolean isTraceEnabled() {
		return false;
	}

	@Override
	public boolean isDebugEnabled() {
		return debug();
	}

	@Override
	public boolean isInfoEnabled() {
		return debug();
	}

	@Override
	public boolean isWarnEnabled() {
		return !ConsoleLog.REPLACED.contains(this.name) || debug();
	}

	@Override
	public boolean isErrorEnabled() {
		return debug();
	}

	private static boolean debug() {
		ConsoleLog.Sink sink = ConsoleLog.sink();
		return sink != null && sink.debug().getAsBoolean();
	}

	@Override
	protected @Nullable String getFullyQualifiedCallerName() {
		return null;
	}

	@Override
	protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, @Nullable String pattern,
			@Nullable Object @Nullable [] arguments, @Nullable Throwable throwable) {
		ConsoleLog.Sink sink = ConsoleLog.sink();
		PrintWriter err = (sink != null) ? sink.err() : new PrintWriter(System.err, true);
		String message = MessageFormatter.basicArrayFormat(pattern, arguments);
		String label = switch (level) {
			case WARN -> (sink != null) ? sink.styles().warning("WARNING:") : "WARNING:";
			case ERROR -> "ERROR:";
			default -> level.name() + " [" + this.name + "]";
		};
		err.println(label + " " + message);
		if (throwable != null && debug()) {
			StringWriter trace = new StringWriter();
			throwable.printStackTrace(new PrintWriter(trace));
			err.print(trace);
		}
		err.flush();
	}

}
