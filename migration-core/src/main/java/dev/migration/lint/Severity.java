package dev.migration.lint;

import java.util.Locale;

/**
 * How much a lint finding matters.
 */
public enum Severity {

	/** The revision must not ship as it is: {@code check} fails. */
	ERROR,

	/** Probably wrong, or risky on a large table: worth a look, does not fail {@code check}. */
	WARNING,

	/** For information only. */
	INFO;

	/**
	 * Returns the severity as findings print it: {@code error}, {@code warning}, {@code info}.
	 * @return the label
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
