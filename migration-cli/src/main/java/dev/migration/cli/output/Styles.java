package dev.migration.cli.output;

/**
 * ANSI colours for a terminal, or plain text.
 *
 * @param enabled whether to colour
 */
public record Styles(boolean enabled) {

	/**
	 * Colours a success.
	 * @param text the text
	 * @return the text, green on a terminal
	 */
	public String ok(String text) {
		return wrap("32", text);
	}

	/**
	 * Colours a failure.
	 * @param text the text
	 * @return the text, red on a terminal
	 */
	public String failed(String text) {
		return wrap("31", text);
	}

	/**
	 * Colours a warning.
	 * @param text the text
	 * @return the text, yellow on a terminal
	 */
	public String warning(String text) {
		return wrap("33", text);
	}

	/**
	 * Dims secondary text.
	 * @param text the text
	 * @return the text, dim on a terminal
	 */
	public String dim(String text) {
		return wrap("2", text);
	}

	private String wrap(String code, String text) {
		return this.enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
	}

}
