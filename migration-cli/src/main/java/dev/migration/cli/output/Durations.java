package dev.migration.cli.output;

import java.time.Duration;
import java.util.Locale;

/**
 * Prints durations for people: {@code 12 ms}, {@code 3.4 s}, {@code 2 min 05 s}.
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Prints a duration.
	 * @param duration the duration
	 * @return the text
	 */
	public static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 1000) {
			return millis + " ms";
		}
		if (millis < 60_000) {
			return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
		}
		long seconds = duration.toSeconds();
		return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
	}

}
