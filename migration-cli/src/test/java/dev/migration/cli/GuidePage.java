package dev.migration.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the user guide as the command tests read it: its fenced code blocks, each with the
 * HTML comments ({@code <!-- ... -->}) on the lines right above it (blank lines between them
 * allowed), which are its markers. The same reading as migration-core's snippet tests.
 *
 * @param name the page's name in messages, for example {@code zh-CN/cli.md}
 * @param blocks the fenced code blocks, in page order
 */
record GuidePage(String name, List<Block> blocks) {

	private static final Pattern OPENING_FENCE = Pattern.compile("^```([\\w-]*)\\s*$");

	private static final Pattern CLOSING_FENCE = Pattern.compile("^```\\s*$");

	private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

	static GuidePage read(Path file, String name) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Block> blocks = new ArrayList<>();
		List<Marker> markers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher marker = MARKER.matcher(line);
			Matcher fence = OPENING_FENCE.matcher(line);
			if (marker.matches()) {
				markers.add(new Marker(i + 1, marker.group(1)));
			}
			else if (fence.matches()) {
				int end = i + 1;
				while (end < lines.size() && !CLOSING_FENCE.matcher(lines.get(end)).matches()) {
					end++;
				}
				if (end == lines.size()) {
					throw new IllegalStateException(name + ":" + (i + 1) + ": the code block is never closed");
				}
				blocks.add(new Block(fence.group(1), i + 1, List.copyOf(lines.subList(i + 1, end)), List.copyOf(markers)));
				markers.clear();
				i = end;
			}
			else if (!line.isBlank()) {
				markers.clear();
			}
		}
		return new GuidePage(name, List.copyOf(blocks));
	}

	/** {@code page:line}, for messages. */
	String at(int line) {
		return this.name + ":" + line;
	}

	/**
	 * A fenced code block.
	 *
	 * @param language the fence's language, possibly empty
	 * @param line the line of the opening fence, from 1
	 * @param lines the block's lines, without the fences; line {@code i} is the page's line
	 * {@code line + 1 + i}
	 * @param markers the HTML comments right above it
	 */
	record Block(String language, int line, List<String> lines, List<Marker> markers) {

		String text() {
			return String.join("\n", this.lines) + "\n";
		}

	}

	/**
	 * An HTML comment above a block.
	 *
	 * @param line its line, from 1
	 * @param text what it says, without {@code <!--} and {@code -->}
	 */
	record Marker(int line, String text) {

		/** The part before the first colon or space: {@code cli}, {@code file}, {@code not-run}, ... */
		String key() {
			int end = 0;
			while (end < this.text.length() && this.text.charAt(end) != ':' && !Character.isWhitespace(this.text.charAt(end))) {
				end++;
			}
			return this.text.substring(0, end);
		}

		/** The part after the first colon, stripped; empty without a colon. */
		String value() {
			int colon = this.text.indexOf(':');
			return (colon < 0) ? "" : this.text.substring(colon + 1).strip();
		}

	}

}
