package dev.migration.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migration.MigrationException;
import dev.migration.revision.InvalidRevisionsException;
import dev.migration.revision.InvalidRevisionsException.Problem;
import dev.migration.revision.RevisionGraph;
import dev.migration.script.RevisionScript;
import dev.migration.source.sql.SqlRevisionParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the revisions of a set of locations, and of scripts registered in code.
 * <p>
 * Every file of every location (sub-folders included) whose name a parser reads is parsed; other
 * files are skipped (logged at debug level). The problems of all files are collected, so that a
 * broken file does not hide the others', and reported together in one
 * {@link InvalidRevisionsException}.
 * <p>
 * <b>Load order</b>, which decides the order of sibling revisions: files sorted by file name
 * (not folder), then by their full location. Scripts registered in code are sorted among the
 * files as if their file name were the last segment of their revision's
 * {@link dev.migration.revision.Revision#source() source}, the text after its last {@code :},
 * {@code /} or {@code .}: {@code java:com.example.V20241024_1430_add_x} sorts as
 * {@code V20241024_1430_add_x}; ties are broken by the full source, then the revision id.
 * <p>
 * A loader is immutable and may be used from several threads.
 */
public final class RevisionLoader {

	private static final Logger logger = LoggerFactory.getLogger(RevisionLoader.class);

	private static final Comparator<Entry> LOAD_ORDER = Comparator.comparing(Entry::sortName)
		.thenComparing(Entry::location)
		.thenComparing(Entry::tieBreak);

	private final List<RevisionFileParser> parsers;

	private final ClassLoader classLoader;

	/**
	 * Creates a loader of SQL files, scanning the class path of the thread context class loader.
	 */
	public RevisionLoader() {
		this(List.of(), null);
	}

	/**
	 * Creates a loader.
	 * @param parsers the parsers of the file formats to read; the first that supports a file
	 * reads it. SQL files are always read: when no parser supports {@code .sql}, a
	 * {@link SqlRevisionParser} is added
	 * @param classLoader the class loader {@code classpath:} locations are scanned in; when
	 * {@code null}, the thread context class loader of the thread creating the loader (or this
	 * class's loader when there is none)
	 */
	public RevisionLoader(List<RevisionFileParser> parsers, @Nullable ClassLoader classLoader) {
		List<RevisionFileParser> all = new ArrayList<>(parsers);
		if (all.stream().noneMatch((parser) -> parser.supports("revision.sql"))) {
			all.add(new SqlRevisionParser());
		}
		this.parsers = List.copyOf(all);
		this.classLoader = (classLoader != null) ? classLoader : defaultClassLoader();
	}

	private static ClassLoader defaultClassLoader() {
		ClassLoader contextClassLoader = Thread.currentThread().getContextClassLoader();
		return (contextClassLoader != null) ? contextClassLoader : RevisionLoader.class.getClassLoader();
	}

	/**
	 * Loads the revision files of some locations.
	 * @param locations the locations
	 * @return the scripts, in load order
	 * @throws InvalidRevisionsException listing the problems of every file that could not be read
	 */
	public LoadedRevisions load(List<Location> locations) {
		return load(locations, List.of());
	}

	/**
	 * Loads the revision files of some locations, together with scripts registered in code.
	 * @param locations the locations
	 * @param registered scripts registered in code (Java revisions), placed in load order as the
	 * class documentation says
	 * @return the scripts, in load order
	 * @throws InvalidRevisionsException listing the problems of every file that could not be read
	 */
	public LoadedRevisions load(List<Location> locations, List<RevisionScript> registered) {
		LocationScanner scanner = new LocationScanner(this.classLoader);
		List<FoundFile> found = new ArrayList<>();
		List<Location> missing = new ArrayList<>();
		for (Location location : locations) {
			if (!scanner.scan(location, (fileName) -> parserFor(fileName) != null, found)) {
				logger.warn("No revisions in {}: it does not exist", location);
				missing.add(location);
			}
		}
		Map<String, FoundFile> unique = new LinkedHashMap<>();
		for (FoundFile file : found) {
			unique.putIfAbsent(file.identity(), file);
		}
		List<Entry> entries = new ArrayList<>();
		unique.values().forEach((file) -> entries.add(Entry.of(file)));
		registered.forEach((script) -> entries.add(Entry.of(script)));
		entries.sort(LOAD_ORDER);
		List<RevisionScript> scripts = new ArrayList<>(entries.size());
		List<Problem> problems = new ArrayList<>();
		for (Entry entry : entries) {
			RevisionScript script = (entry.script() != null) ? entry.script() : parse(entry.file(), problems);
			if (script != null) {
				scripts.add(script);
			}
		}
		if (!problems.isEmpty()) {
			problems.addAll(RevisionGraph.problemsOfPartialLoad(scripts.stream().map(RevisionScript::revision).toList()));
			throw new InvalidRevisionsException(problems);
		}
		return new LoadedRevisions(scripts, missing);
	}

	private @Nullable RevisionScript parse(@Nullable FoundFile found, List<Problem> problems) {
		if (found == null) {
			return null;
		}
		if (found.problem() != null) {
			problems.add(found.problem());
			return null;
		}
		RevisionFile file = found.file();
		RevisionFileParser parser = parserFor(file.fileName());
		try {
			return (parser != null) ? parser.parse(file) : null;
		}
		catch (InvalidRevisionsException ex) {
			problems.addAll(ex.problems());
		}
		catch (MigrationException ex) {
			problems.add(new Problem(file.location(), 0, ex.getMessage()));
		}
		return null;
	}

	private @Nullable RevisionFileParser parserFor(String fileName) {
		for (RevisionFileParser parser : this.parsers) {
			if (parser.supports(fileName)) {
				return parser;
			}
		}
		return null;
	}

	/**
	 * A file or a registered script, with its place in the load order.
	 */
	/**
	 * A Java class name cannot start with a digit, so generated Java revisions are named
	 * {@code V20241024_1430_...}: without the letter they sort among the files of the same date.
	 */
	private static String javaSortName(String simpleName) {
		return simpleName.matches("[A-Za-z_]\\d{8}_.*") ? simpleName.substring(1) : simpleName;
	}

	private record Entry(String sortName, String location, String tieBreak, @Nullable FoundFile file,
			@Nullable RevisionScript script) {

		static Entry of(FoundFile file) {
			return new Entry(file.file().fileName(), file.file().location(), file.identity(), file, null);
		}

		static Entry of(RevisionScript script) {
			String source = script.revision().source();
			int cut = Math.max(source.lastIndexOf(':'), Math.max(source.lastIndexOf('/'), source.lastIndexOf('.')));
			return new Entry(javaSortName(source.substring(cut + 1)), source, script.revision().id(), null, script);
		}

	}

}
