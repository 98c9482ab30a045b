package dev.migration.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the user guide as the snippet tests see it: its fenced code blocks, its tables and
 * headings, each with the HTML comments ({@code <!-- ... -->}) written on the lines right above
 * it, which the tests read as markers.
 */
final class DocPage {

	private static final Pattern OPENING_FENCE = Pattern.compile("^```([\\w-]*)\\s*$");

	private static final Pattern CLOSING_FENCE = Pattern.compile("^```\\s*$");

	private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+\\S.*$");

	private final String name;

	private final List<Block> blocks;

	private final List<Table> tables;

	private final List<Integer> headingLevels;

	private DocPage(String name, List<Block> blocks, List<Table> tables, List<Integer> headingLevels) {
		this.name = name;
		this.blocks = List.copyOf(blocks);
		this.tables = List.copyOf(tables);
		this.headingLevels = List.copyOf(headingLevels);
	}

	/**
	 * Reads a page.
	 * @param file the Markdown file
	 * @param name the page's name in messages, for example {@code zh-CN/operations.md}
	 * @return the page
	 */
	static DocPage read(Path file, String name) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Block> blocks = new ArrayList<>();
		List<Table> tables = new ArrayList<>();
		List<Integer> headings = new ArrayList<>();
		List<String> markers = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			Matcher marker = MARKER.matcher(line);
			Matcher fence = OPENING_FENCE.matcher(line);
			Matcher heading = HEADING.matcher(line);
			if (marker.matches()) {
				markers.add(marker.group(1));
				i++;
			}
			else if (fence.matches()) {
				int start = i + 1;
				int end = start;
				while (end < lines.size() && !CLOSING_FENCE.matcher(lines.get(end)).matches()) {
					end++;
				}
				if (end == lines.size()) {
					throw new IllegalStateException(name + ":" + (i + 1) + ": the code block is never closed");
				}
				String text = String.join("\n", lines.subList(start, end));
				blocks.add(new Block(name, blocks.size(), fence.group(1), text, i + 1, List.copyOf(markers)));
				markers.clear();
				i = end + 1;
			}
			else if (line.startsWith("|")) {
				int start = i;
				List<List<String>> rows = new ArrayList<>();
				while (i < lines.size() && lines.get(i).startsWith("|")) {
					rows.add(cells(lines.get(i)));
					i++;
				}
				tables.add(new Table(name, start + 1, List.copyOf(markers), rows));
				markers.clear();
			}
			else {
				if (heading.matches()) {
					headings.add(heading.group(1).length());
				}
				if (!line.isBlank()) {
					markers.clear();
				}
				i++;
			}
		}
		return new DocPage(name, blocks, tables, headings);
	}

	private static List<String> cells(String row) {
		String inner = row.strip();
		inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	String name() {
		return this.name;
	}

	List<Block> blocks() {
		return this.blocks;
	}

	List<Table> tables() {
		return this.tables;
	}

	List<Integer> headingLevels() {
		return this.headingLevels;
	}

	/**
	 * A fenced code block.
	 *
	 * @param page the page's name
	 * @param index its position among the page's blocks, from 0
	 * @param language the fence's language, possibly empty
	 * @param text the block's text, without the fences
	 * @param line the line of the opening fence, from 1
	 * @param markers the HTML comments right above it
	 */
	record Block(String page, int index, String language, String text, int line, List<String> markers) {

		boolean marked(String marker) {
			return this.markers.contains(marker);
		}

		/**
		 * Returns the value of a marker {@code <!-- key: value -->}.
		 * @param key the key
		 * @return the value, if the block has the marker
		 */
		Optional<String> marker(String key) {
			for (String marker : this.markers) {
				if (marker.startsWith(key + ":")) {
					return Optional.of(marker.substring(key.length() + 1).strip());
				}
			}
			return Optional.empty();
		}

		String where() {
			return this.page + ":" + this.line;
		}

	}

	/**
	 * A Markdown table.
	 *
	 * @param page the page's name
	 * @param line the line of its first row
	 * @param markers the HTML comments right above it
	 * @param rows every row, header and separator included, as cells
	 */
	record Table(String page, int line, List<String> markers, List<List<String>> rows) {

		Optional<String> marker(String key) {
			for (String marker : this.markers) {
				if (marker.startsWith(key + ":")) {
					return Optional.of(marker.substring(key.length() + 1).strip());
				}
			}
			return Optional.empty();
		}

	}

}
