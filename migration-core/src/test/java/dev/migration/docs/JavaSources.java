package dev.migration.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The Java sources of this package that the guide's Java snippets are copied from, so that every
 * snippet compiles: whole classes (the file after its {@code package} line), and tagged regions
 * between {@code // tag::name[]} and {@code // end::name[]}. Texts are compared
 * {@link #normalize normalized}.
 */
final class JavaSources {

	private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[\\]\\s*$");

	private static final Pattern END = Pattern.compile("^\\s*// end::([\\w-]+)\\[\\]\\s*$");

	private final Map<String, Source> bodies = new LinkedHashMap<>();

	private final Map<String, Region> regions = new LinkedHashMap<>();

	/**
	 * A class whose whole body a snippet shows.
	 *
	 * @param className the class's simple name
	 * @param file the source file
	 */
	record Source(String className, Path file) {
	}

	/**
	 * A tagged region of a source file.
	 *
	 * @param className the simple name of the class whose file holds the region
	 * @param tag the region's tag, also the name of the method it is in
	 */
	record Region(String className, String tag) {
	}

	static JavaSources read(Path folder) {
		JavaSources sources = new JavaSources();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				sources.add(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sources;
	}

	private void add(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String className = file.getFileName().toString().replace(".java", "");
		int body = 0;
		while (body < lines.size() && !lines.get(body).startsWith("package ")) {
			body++;
		}
		this.bodies.put(normalize(String.join("\n", lines.subList(Math.min(body + 1, lines.size()), lines.size()))),
				new Source(className, file));
		for (int i = 0; i < lines.size(); i++) {
			Matcher tag = TAG.matcher(lines.get(i));
			if (!tag.matches()) {
				continue;
			}
			List<String> region = new ArrayList<>();
			int j = i + 1;
			while (j < lines.size() && !END.matcher(lines.get(j)).matches()) {
				region.add(lines.get(j));
				j++;
			}
			this.regions.put(normalize(String.join("\n", region)), new Region(className, tag.group(1)));
		}
	}

	/** The class whose whole body is the given text, or {@code null}. */
	@Nullable Source body(String text) {
		return this.bodies.get(normalize(text));
	}

	/** The region whose text is the given text, or {@code null}. */
	@Nullable Region region(String text) {
		return this.regions.get(normalize(text));
	}

	/**
	 * Normalizes Java text for comparison: tabs as four spaces, no trailing white space, the
	 * common indentation and the blank lines around removed.
	 * @param text the text
	 * @return the normalized text
	 */
	static String normalize(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.replace("\t", "    ").split("\n", -1)) {
			lines.add(line.stripTrailing());
		}
		while (!lines.isEmpty() && lines.get(0).isEmpty()) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		int indent = Integer.MAX_VALUE;
		for (String line : lines) {
			if (!line.isEmpty()) {
				indent = Math.min(indent, line.length() - line.stripLeading().length());
			}
		}
		List<String> dedented = new ArrayList<>();
		for (String line : lines) {
			dedented.add(line.isEmpty() ? line : line.substring(indent));
		}
		return String.join("\n", dedented);
	}

}
