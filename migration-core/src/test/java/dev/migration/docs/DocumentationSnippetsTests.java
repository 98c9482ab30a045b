package dev.migration.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.migration.MigrationException;
import dev.migration.MigrationResult;
import dev.migration.Migrator;
import dev.migration.dialect.Dialect;
import dev.migration.dialect.Dialects;
import dev.migration.java.JavaRevision;
import dev.migration.java.JavaRevisions;
import dev.migration.operation.Inverse;
import dev.migration.operation.Operation;
import dev.migration.operation.Operations;
import dev.migration.revision.RevisionGraph;
import dev.migration.runtime.MigrationSettings;
import dev.migration.script.MigrationContext;
import dev.migration.script.RevisionScript;
import dev.migration.source.Location;
import dev.migration.source.RevisionFile;
import dev.migration.source.sql.SqlRevisionParser;
import dev.migration.source.yaml.YamlRevisionParser;
import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every snippet of the user guide works. The tests read every page of {@code docs/} and
 * {@code docs/zh-CN/} and check, page by page:
 * <ul>
 * <li><b>Revisions.</b> A {@code ```yaml} block with a top-level {@code revision:} key and a
 * {@code ```sql} block whose first line is {@code -- revision: ...} are revision files. Each is
 * parsed with the engine's parser, and its upgrade and downgrade are rendered for PostgreSQL,
 * MariaDB and H2. Then the revisions of a page (its <em>group</em>, see below), written to a
 * folder in the page's order, are loaded together, rendered as offline scripts, and applied on a
 * fresh PostgreSQL database: {@code upgrade heads}; then, if every one can be downgraded,
 * {@code downgrade base} and {@code upgrade heads} again.</li>
 * <li><b>Operation snippets.</b> A {@code ```yaml} block that is a list of operations
 * ({@code - add_column: ...}) is parsed as the upgrade of a revision and rendered. The page's
 * operation snippets run on PostgreSQL one by one, in page order, each as a revision after the
 * page's head (so the page's revisions may have at most one head), from an empty database when
 * the page has no revisions; one whose downgrade can be derived is downgraded and upgraded
 * again.</li>
 * <li><b>Rendered SQL.</b> A {@code ```sql} block whose first line names databases, as in
 * {@code -- PostgreSQL}, {@code -- MariaDB, H2}, is the SQL that the YAML snippet before it
 * renders; each database's part must be exactly what the engine renders (tabs shown as four
 * spaces). A part {@code -- ERROR: message} says that rendering fails with that message.</li>
 * <li><b>Java.</b> Every {@code ```java} block must be the body of a class in this test package
 * (the file after its {@code package} line), or a region of one between
 * {@code // tag::name[]} and {@code // end::name[]}, so that it compiles. A class annotated with
 * {@code @RevisionInfo} is a Java revision of the page's group. A region right after an operation
 * snippet is its Java equivalent: it is the body of {@code static void name(Operations op)} in
 * {@link OperationExamples}, and must build operations that render, and reverse, exactly as the
 * YAML does.</li>
 * <li><b>Command tables.</b> A table under {@code <!-- commands: GROUP -->} is run on a fresh
 * database with the group's revisions, a row at a time: the first cell's {@code `command`}
 * ({@code upgrade X}, {@code downgrade X}, {@code stamp X ...}), the second cell's
 * {@code `ids`} (the revisions that ran, in order; an explanation may follow in parentheses; not
 * checked for {@code stamp}) or {@code "message"} (the command fails with a message containing
 * it), the third cell's {@code `ids`} (the version table's rows after).</li>
 * <li><b>Column types.</b> A table under {@code <!-- check: types -->} lists type spellings in its
 * first cell and what PostgreSQL, MariaDB and H2 get in the next three; each is rendered.</li>
 * <li><b>Links.</b> Every relative link leads to a page of the guide (or one of the pages still
 * being written, {@link #PLANNED_PAGES}), and every anchor to one of its headings, as GitHub
 * names them.</li>
 * <li><b>Both languages.</b> Every page exists in English and Chinese, with the same headings and
 * the same sequence of code blocks.</li>
 * </ul>
 * Other blocks ({@code ```text}, {@code ```bash}, {@code ```console}, {@code ```python}, SQL that
 * is not a revision) are not checked here; the command lines of {@code ```sh}, {@code ```bash} and
 * {@code ```console} blocks are migration-cli's {@code DocumentationCommandsTests}' business.
 * Markers, HTML comments on the lines right above a block:
 * <ul>
 * <li>{@code <!-- not-run -->}: a revision or operation snippet is parsed and rendered, but not
 * applied (an excerpt, or one that needs what the page does not create); a Java block is not
 * checked at all (it needs classes this module does not have).</li>
 * <li>{@code <!-- group: NAME -->}: the revision belongs to group NAME, not to the page's
 * default group; each group is loaded and applied on its own.</li>
 * <li>{@code <!-- only: postgresql -->}: render (and apply) only for the databases listed,
 * comma-separated.</li>
 * <li>{@code <!-- fails: parse -->}, {@code <!-- fails: downgrade -->},
 * {@code <!-- fails: mariadb -->} (or another database): the example is broken on purpose. The
 * next block, a {@code ```text} block, holds the exact message of the failure; a location in it
 * ({@code classpath:db/revisions/x.yaml}) is the location the snippet is read from.</li>
 * <li>{@code <!-- file: NAME path -->}: a file of the command line scenario NAME (the
 * {@code ```console} blocks under {@code <!-- cli: NAME -->}, which migration-cli's
 * {@code DocumentationCommandsTests} runs). A revision in such a block belongs to group
 * {@code cli: NAME} unless it says {@code group:}, so that each scenario's project is loaded and
 * applied on its own; a {@code ```java} one is a whole source file, compiled by those tests, and
 * not checked here.</li>
 * </ul>
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class DocumentationSnippetsTests {

	private static final Path DOCS = Path.of("..", "docs");

	private static final Path SOURCES = Path.of("src", "test", "java", "dev", "migration", "docs");

	private static final List<String> DATABASES = List.of("postgresql", "mariadb", "h2");

	private static final Map<String, String> DATABASE_NAMES = Map.of("PostgreSQL", "postgresql", "MariaDB", "mariadb",
			"H2", "h2");

	private static final Pattern RENDERED_HEADER = Pattern
		.compile("^-- ((?:PostgreSQL|MariaDB|H2)(?:, (?:PostgreSQL|MariaDB|H2))*)\\s*$");

	private static final Pattern YAML_REVISION_ID = Pattern.compile("(?m)^revision:\\s*(\\S+)");

	private static final Pattern SQL_REVISION_ID = Pattern.compile("(?m)^--\\s*revision:\\s*(\\S+)");

	private static final Pattern OPERATION_ITEM = Pattern.compile("(?m)^- [a-z_]+:");

	private static final Pattern LOCATION = Pattern
		.compile("((?:classpath|filesystem):[^\\s:']+\\.(?:sql|ya?ml))");

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	private static final String DEFAULT_GROUP = "main";

	TestDatabase db;

	@TestFactory
	Stream<DynamicNode> everyPage() throws IOException {
		JavaSources sources = JavaSources.read(SOURCES);
		List<DynamicNode> nodes = new ArrayList<>();
		nodes.add(DynamicTest.dynamicTest("every page exists in both languages, with the same structure",
				DocumentationSnippetsTests::bothLanguages));
		for (Path file : pageFiles()) {
			String name = DOCS.relativize(file).toString().replace('\\', '/');
			nodes.add(DynamicContainer.dynamicContainer(name, pageTests(DocPage.read(file, name), sources)));
		}
		return nodes.stream();
	}

	private static List<Path> pageFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(DOCS, DOCS.resolve("zh-CN"))) {
			try (Stream<Path> list = Files.list(folder)) {
				list.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(files::add);
			}
		}
		assertThat(files).as("pages of the guide in %s", DOCS.toAbsolutePath()).isNotEmpty();
		return files;
	}

	private static void bothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> english = names(DOCS);
		List<String> chinese = names(DOCS.resolve("zh-CN"));
		for (String name : english) {
			if (!chinese.contains(name)) {
				problems.add("docs/" + name + " has no Chinese page docs/zh-CN/" + name);
				continue;
			}
			DocPage en = DocPage.read(DOCS.resolve(name), name);
			DocPage zh = DocPage.read(DOCS.resolve("zh-CN").resolve(name), "zh-CN/" + name);
			if (!en.headingLevels().equals(zh.headingLevels())) {
				problems.add(name + ": the headings differ between the languages: " + en.headingLevels() + " and "
						+ zh.headingLevels());
			}
			List<String> enBlocks = en.blocks().stream().map(DocPage.Block::language).toList();
			List<String> zhBlocks = zh.blocks().stream().map(DocPage.Block::language).toList();
			if (!enBlocks.equals(zhBlocks)) {
				problems.add(name + ": the code blocks differ between the languages: " + enBlocks + " and " + zhBlocks);
			}
		}
		chinese.stream().filter((name) -> !english.contains(name))
			.forEach((name) -> problems.add("docs/zh-CN/" + name + " has no English page docs/" + name));
		assertThat(problems).isEmpty();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".md")).sorted()
				.toList();
		}
	}

	// ---------------------------------------------------------------- one page

	private Stream<DynamicNode> pageTests(DocPage page, JavaSources sources) {
		PageModel model = new PageModel(page, sources, () -> this.db);
		List<DynamicNode> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("snippets parse and render", model::checkSnippets));
		tests.add(DynamicTest.dynamicTest("Java snippets compile and match", model::checkJava));
		tests.add(DynamicTest.dynamicTest("links lead to pages and headings that exist", () -> checkLinks(page)));
		for (String group : model.groups()) {
			tests.add(DynamicTest.dynamicTest("revisions of group '" + group + "' run on PostgreSQL",
					() -> model.run(group, this.db)));
		}
		for (DocPage.Table table : page.tables()) {
			Optional<String> group = table.marker("commands");
			group.ifPresent((name) -> tests.add(DynamicTest.dynamicTest("commands table at line " + table.line(),
					() -> model.runCommands(name, table, this.db))));
			if (table.marker("check").filter("types"::equals).isPresent()) {
				tests.add(DynamicTest.dynamicTest("types table at line " + table.line(), () -> checkTypes(table)));
			}
		}
		return tests.stream();
	}

	// ---------------------------------------------------------------- links

	/** Pages the index links to that other people are still writing. */
	private static final List<String> PLANNED_PAGES = List.of();

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(?:#([^)\\s]+))?\\)");

	/**
	 * Checks the page's relative links: the page exists (or is one being written), and so does the
	 * heading an anchor names, as GitHub makes anchors of headings.
	 */
	private static void checkLinks(DocPage page) throws IOException {
		Path file = DOCS.resolve(page.name());
		String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "");
		List<String> problems = new ArrayList<>();
		Matcher link = LINK.matcher(text);
		while (link.find()) {
			String target = link.group(1);
			String anchor = link.group(2);
			if (target.contains(":")) {
				continue;
			}
			Path linked = target.isEmpty() ? file : file.resolveSibling(target).normalize();
			if (!Files.exists(linked)) {
				if (!PLANNED_PAGES.contains(linked.getFileName().toString())) {
					problems.add("no page " + target);
				}
				continue;
			}
			if (anchor != null && linked.toString().endsWith(".md") && !anchors(linked).contains(anchor)) {
				problems.add("no heading #" + anchor + " in " + DOCS.relativize(linked));
			}
		}
		assertThat(problems).as("links of %s", page.name()).isEmpty();
	}

	/** The anchors GitHub gives the headings of a page. */
	static List<String> anchors(Path page) throws IOException {
		String text = Files.readString(page, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "");
		List<String> anchors = new ArrayList<>();
		for (String line : text.lines().toList()) {
			Matcher heading = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$").matcher(line);
			if (!heading.matches()) {
				continue;
			}
			String slug = heading.group(1).toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
				.replace(' ', '-');
			String unique = slug;
			for (int i = 1; anchors.contains(unique); i++) {
				unique = slug + "-" + i;
			}
			anchors.add(unique);
		}
		return anchors;
	}

	// ---------------------------------------------------------------- the column types table

	private static final Pattern PLACEHOLDER_GROUP = Pattern.compile("\\(([nps](?:, [nps])*)\\)");

	private static final Map<String, String> PLACEHOLDER_VALUES = Map.of("n", "16", "p", "3", "s", "2");

	/**
	 * Checks a table of column types: the first cell's spellings ({@code `(p)`} among them means
	 * each may also take a precision), then the type each database gets, or a cell that does not
	 * start with a backtick when the database refuses the type. {@code n}, {@code p} and
	 * {@code s} stand for numbers.
	 */
	private static void checkTypes(DocPage.Table table) {
		List<String> problems = new ArrayList<>();
		for (List<String> row : table.rows()) {
			List<String> spellings = new ArrayList<>(PageModel.backticked(row.get(0)));
			if (spellings.isEmpty() || row.size() < 1 + DATABASES.size()) {
				continue;
			}
			boolean optionalPrecision = spellings.remove("(p)");
			for (String spelling : spellings) {
				List<String> variants = optionalPrecision ? List.of(spelling, spelling + "(p)") : List.of(spelling);
				for (String variant : variants) {
					List<String> given = placeholders(variant);
					for (int i = 0; i < DATABASES.size(); i++) {
						String cell = row.get(i + 1);
						String expected = cell.startsWith("`")
								? substitute(PageModel.backticked(cell).get(0), given) : "(refused)";
						String actual = renderedType(substitute(variant, given), DATABASES.get(i));
						if (!actual.equals(expected)) {
							problems.add(variant + " on " + DATABASES.get(i) + ": the table says " + expected
									+ ", the engine writes " + actual);
						}
					}
				}
			}
		}
		assertThat(problems).as("%s, table at line %d", table.page(), table.line()).isEmpty();
	}

	private static List<String> placeholders(String spelling) {
		Matcher matcher = PLACEHOLDER_GROUP.matcher(spelling);
		List<String> given = new ArrayList<>();
		while (matcher.find()) {
			given.addAll(List.of(matcher.group(1).split(", ")));
		}
		return given;
	}

	/** Replaces the placeholders given by numbers, and drops the others. */
	private static String substitute(String text, List<String> given) {
		Matcher matcher = PLACEHOLDER_GROUP.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			List<String> kept = new ArrayList<>();
			for (String placeholder : matcher.group(1).split(", ")) {
				if (given.contains(placeholder)) {
					kept.add(PLACEHOLDER_VALUES.get(placeholder));
				}
			}
			matcher.appendReplacement(result, kept.isEmpty() ? "" : "(" + String.join(", ", kept) + ")");
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String renderedType(String spelling, String database) {
		String prefix = "ALTER TABLE t ADD COLUMN c ";
		try {
			String sql = Dialects.named(database)
				.render(new dev.migration.operation.AddColumn("t",
						dev.migration.operation.Column.builder("c", spelling).build()))
				.get(0);
			String type = sql.startsWith(prefix) ? sql.substring(prefix.length()) : sql;
			return type.endsWith(" NULL") ? type.substring(0, type.length() - " NULL".length()) : type;
		}
		catch (MigrationException | IllegalArgumentException ex) {
			return "(refused)";
		}
	}

	/** What a snippet is. */
	enum Kind {

		SQL_REVISION, YAML_REVISION, OPERATIONS, RENDERED, JAVA, OTHER

	}

	/**
	 * The snippets of a page, parsed once.
	 */
	private static final class PageModel {

		private final DocPage page;

		private final JavaSources sources;

		private final Map<Integer, RevisionScript> scripts = new LinkedHashMap<>();

		private final java.util.function.Supplier<TestDatabase> database;

		PageModel(DocPage page, JavaSources sources, java.util.function.Supplier<TestDatabase> database) {
			this.page = page;
			this.sources = sources;
			this.database = database;
		}

		static Kind kind(DocPage.Block block) {
			String text = block.text();
			return switch (block.language()) {
				case "sql" -> {
					String first = text.lines().findFirst().orElse("");
					if (SQL_REVISION_ID.matcher(first).lookingAt()) {
						yield Kind.SQL_REVISION;
					}
					yield RENDERED_HEADER.matcher(first).matches() ? Kind.RENDERED : Kind.OTHER;
				}
				case "yaml", "yml" -> {
					if (YAML_REVISION_ID.matcher(text).find()) {
						yield Kind.YAML_REVISION;
					}
					yield OPERATION_ITEM.matcher(firstCode(text)).lookingAt() ? Kind.OPERATIONS : Kind.OTHER;
				}
				case "java" -> Kind.JAVA;
				default -> Kind.OTHER;
			};
		}

		private static String firstCode(String yaml) {
			return yaml.lines().filter((line) -> !line.isBlank() && !line.stripLeading().startsWith("#")).findFirst()
				.orElse("");
		}

		List<String> groups() {
			List<String> groups = new ArrayList<>();
			for (DocPage.Block block : this.page.blocks()) {
				Kind kind = kind(block);
				boolean revision = kind == Kind.SQL_REVISION || kind == Kind.YAML_REVISION || kind == Kind.OPERATIONS
						|| (kind == Kind.JAVA && block.text().contains("@RevisionInfo"));
				if (revision && runs(block)) {
					String group = group(block);
					if (!groups.contains(group)) {
						groups.add(group);
					}
				}
			}
			return groups;
		}

		/**
		 * The group of a revision: its {@code group:} marker; else, for a file of a command line
		 * scenario ({@code <!-- file: NAME path -->}), the scenario's project; else the page's.
		 */
		private static String group(DocPage.Block block) {
			return block.marker("group")
				.or(() -> block.marker("file").map((file) -> "cli: " + file.split("\\s+")[0]))
				.orElse(DEFAULT_GROUP);
		}

		/** A Java file of a command line scenario: a whole source file, compiled by the command tests. */
		private static boolean compiledByTheCommandTests(DocPage.Block block) {
			return block.language().equals("java") && block.marker("file").isPresent();
		}

		private static boolean runs(DocPage.Block block) {
			return !block.marked("not-run") && !compiledByTheCommandTests(block) && block.marker("fails").isEmpty()
					&& databases(block).contains("postgresql");
		}

		private static List<String> databases(DocPage.Block block) {
			return block.marker("only")
				.map((only) -> List.of(only.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
				.orElse(DATABASES);
		}

		// ---- parsing and rendering

		void checkSnippets() {
			List<String> problems = new ArrayList<>();
			DocPage.Block lastYaml = null;
			List<DocPage.Block> blocks = this.page.blocks();
			for (int i = 0; i < blocks.size(); i++) {
				DocPage.Block block = blocks.get(i);
				Kind kind = kind(block);
				try {
					switch (kind) {
						case SQL_REVISION, YAML_REVISION, OPERATIONS -> {
							if (kind != Kind.SQL_REVISION) {
								lastYaml = block;
							}
							Optional<String> fails = block.marker("fails");
							if (fails.isPresent()) {
								checkFailure(block, fails.get(), (i + 1 < blocks.size()) ? blocks.get(i + 1) : null);
							}
							else {
								RevisionScript script = script(block);
								List<String> refused = refused(blocks, i);
								for (String database : databases(block)) {
									if (!refused.contains(database)) {
										render(script, true, database);
										if (script.hasDowngrade()) {
											render(script, false, database);
										}
									}
								}
							}
						}
						case RENDERED -> {
							if (lastYaml == null) {
								throw new AssertionError("rendered SQL with no YAML snippet before it");
							}
							checkRendered(lastYaml, block);
						}
						default -> {
						}
					}
				}
				catch (AssertionError | RuntimeException ex) {
					problems.add(block.where() + ": " + ex.getMessage());
				}
			}
			assertThat(problems).as("problems of the snippets of %s", this.page.name()).isEmpty();
		}

		/**
		 * Returns the databases for which the rendered SQL after a YAML snippet shows an error.
		 */
		private static List<String> refused(List<DocPage.Block> blocks, int yaml) {
			List<String> refused = new ArrayList<>();
			for (int i = yaml + 1; i < blocks.size(); i++) {
				Kind kind = kind(blocks.get(i));
				if (kind == Kind.RENDERED) {
					expectedRendering(blocks.get(i)).forEach((database, sql) -> {
						if (sql.startsWith("-- ERROR:")) {
							refused.add(database);
						}
					});
				}
				else if (kind != Kind.JAVA && kind != Kind.OTHER) {
					break;
				}
			}
			return refused;
		}

		/** The script of a revision or operation snippet, parsed once. */
		RevisionScript script(DocPage.Block block) {
			return this.scripts.computeIfAbsent(block.index(), (index) -> parse(block, null, "none"));
		}

		/**
		 * Parses a revision or operation snippet.
		 * @param block the snippet
		 * @param location where the file is said to be, or {@code null} for a made-up location
		 * @param downRevision the down revision of an operation snippet's revision
		 */
		static RevisionScript parse(DocPage.Block block, @Nullable String location, String downRevision) {
			RevisionFile file = file(block, location, downRevision);
			return (file.fileName().endsWith(".sql") ? new SqlRevisionParser() : new YamlRevisionParser()).parse(file);
		}

		static RevisionFile file(DocPage.Block block, @Nullable String location, String downRevision) {
			String fileName = fileName(block);
			String content = content(block, downRevision);
			String where = (location != null) ? location : "classpath:db/revisions/" + fileName;
			return new RevisionFile(where, where.substring(where.lastIndexOf('/') + 1), content);
		}

		static String fileName(DocPage.Block block) {
			return String.format("%03d_%s.%s", block.index(), revisionId(block),
					(kind(block) == Kind.SQL_REVISION) ? "sql" : "yaml");
		}

		static String revisionId(DocPage.Block block) {
			return switch (kind(block)) {
				case SQL_REVISION -> group(SQL_REVISION_ID, block.text());
				case YAML_REVISION -> group(YAML_REVISION_ID, block.text());
				default -> String.format("snippet_%03d", block.index());
			};
		}

		private static String group(Pattern pattern, String text) {
			Matcher matcher = pattern.matcher(text);
			if (!matcher.find()) {
				throw new AssertionError("no revision id in " + text);
			}
			return matcher.group(1);
		}

		/** The file's text: the snippet, an operation snippet wrapped into a revision. */
		static String content(DocPage.Block block, String downRevision) {
			if (kind(block) != Kind.OPERATIONS) {
				return block.text() + "\n";
			}
			StringBuilder text = new StringBuilder();
			text.append("revision: ").append(revisionId(block)).append('\n');
			text.append("down_revision: ").append(downRevision).append('\n');
			text.append("message: the operation snippet at ").append(block.where()).append('\n');
			text.append("upgrade:\n");
			block.text().lines().forEach((line) -> text.append("  ").append(line).append('\n'));
			return text.toString();
		}

		private void checkFailure(DocPage.Block block, String what, DocPage.@Nullable Block next) {
			if (next == null || !next.language().equals("text")) {
				throw new AssertionError("a snippet marked 'fails: " + what
						+ "' is followed by a ```text block holding the message");
			}
			String expected = next.text().strip();
			Matcher location = LOCATION.matcher(expected);
			String where = location.find() ? location.group(1) : null;
			String actual;
			try {
				RevisionScript script = parse(block, where, "none");
				if (what.equals("parse")) {
					throw new AssertionError("the snippet parses, but it is marked 'fails: parse'");
				}
				if (what.equals("downgrade")) {
					downgradeOnline(block, where);
					throw new AssertionError("the snippet's downgrade runs, but it is marked 'fails: downgrade'");
				}
				render(script, true, what);
				throw new AssertionError("the snippet renders for " + what + ", but it is marked 'fails: " + what + "'");
			}
			catch (MigrationException ex) {
				actual = ex.getMessage().strip();
			}
			if (!actual.equals(expected)) {
				throw new AssertionError("the failure's message differs from the ```text block after it:\n--- expected\n"
						+ expected + "\n--- actual\n" + actual);
			}
		}

		/**
		 * Stamps a fresh database at the snippet's revision (made a first revision), then
		 * downgrades it to base, reporting failures with the location the page shows.
		 */
		private void downgradeOnline(DocPage.Block block, @Nullable String location) {
			Path folder = null;
			try {
				folder = Files.createTempDirectory("docs-downgrade-");
				String content = content(block, "none").replaceFirst("(?m)^(--\\s*)?down_revision:.*$",
						(kind(block) == Kind.SQL_REVISION) ? "-- down_revision: none" : "down_revision: none");
				Path file = folder.resolve(fileName(block));
				Files.writeString(file, content, StandardCharsets.UTF_8);
				Written written = new Written(folder, List.of(), null, List.of(), Map.of());
				Migrator migrator = migrator(written, this.database.get().createSibling());
				migrator.stamp(List.of(revisionId(block)), false);
				try {
					migrator.downgrade("base");
				}
				catch (MigrationException ex) {
					String real = "filesystem:" + folder.toAbsolutePath() + "/" + fileName(block);
					String message = (location != null) ? ex.getMessage().replace(real, location) : ex.getMessage();
					throw new MigrationException(message, ex);
				}
			}
			catch (IOException | java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				if (folder != null) {
					try {
						delete(folder);
					}
					catch (IOException ex) {
						// left behind in the temporary folder
					}
				}
			}
		}

		private void checkRendered(DocPage.Block yaml, DocPage.Block rendered) {
			RevisionScript script = script(yaml);
			Map<String, String> expected = expectedRendering(rendered);
			List<String> differences = new ArrayList<>();
			expected.forEach((database, sql) -> {
				String actual = shown(script, database);
				if (!actual.equals(sql)) {
					differences.add(database + ":\n--- shown\n" + sql + "\n--- rendered\n" + actual);
				}
			});
			if (!differences.isEmpty()) {
				throw new AssertionError("the SQL shown differs from the SQL the snippet at " + yaml.where()
						+ " renders:\n" + String.join("\n", differences));
			}
		}

		/** The SQL a rendered block shows, by database. */
		static Map<String, String> expectedRendering(DocPage.Block rendered) {
			Map<String, String> expected = new LinkedHashMap<>();
			List<String> current = null;
			StringBuilder part = new StringBuilder();
			for (String line : rendered.text().lines().toList()) {
				Matcher header = RENDERED_HEADER.matcher(line);
				if (header.matches()) {
					if (current != null) {
						for (String database : current) {
							expected.put(database, part.toString().strip());
						}
					}
					current = new ArrayList<>();
					for (String name : header.group(1).split(", ")) {
						current.add(DATABASE_NAMES.get(name));
					}
					part.setLength(0);
				}
				else {
					part.append(line).append('\n');
				}
			}
			if (current != null) {
				for (String database : current) {
					expected.put(database, part.toString().strip());
				}
			}
			return expected;
		}

		/** The upgrade's SQL as a page shows it. */
		static String shown(RevisionScript script, String database) {
			try {
				List<String> statements = render(script, true, database);
				if (statements.isEmpty()) {
					return "-- (no statements)";
				}
				StringBuilder text = new StringBuilder();
				for (String statement : statements) {
					text.append(statement.replace("\t", "    ")).append(";\n");
				}
				return text.toString().strip();
			}
			catch (MigrationException ex) {
				return "-- ERROR: " + ex.getMessage();
			}
		}

		static List<String> render(RevisionScript script, boolean upgrade, String database) {
			RenderingContext context = new RenderingContext(Dialects.named(database));
			if (upgrade) {
				script.upgrade(context);
			}
			else {
				script.downgrade(context);
			}
			return context.statements;
		}

		// ---- Java

		void checkJava() throws Exception {
			List<String> problems = new ArrayList<>();
			DocPage.Block lastYaml = null;
			for (DocPage.Block block : this.page.blocks()) {
				Kind kind = kind(block);
				if (kind == Kind.SQL_REVISION || kind == Kind.YAML_REVISION) {
					lastYaml = null;
				}
				else if (kind == Kind.OPERATIONS) {
					lastYaml = block;
				}
				if (kind != Kind.JAVA || block.marked("not-run") || compiledByTheCommandTests(block)) {
					continue;
				}
				JavaSources.Source source = this.sources.body(block.text());
				JavaSources.Region region = this.sources.region(block.text());
				if (source != null) {
					continue;
				}
				if (region == null) {
					problems.add(block.where() + ": this Java snippet is not in " + SOURCES + ": copy it there, as a whole"
							+ " class or between '// tag::name[]' and '// end::name[]', so that it compiles; or mark it"
							+ " <!-- not-run -->");
					continue;
				}
				if (lastYaml != null) {
					try {
						checkEquivalent(lastYaml, region);
					}
					catch (AssertionError | RuntimeException ex) {
						problems.add(block.where() + ": " + ex.getMessage());
					}
					lastYaml = null;
				}
			}
			assertThat(problems).as("problems of the Java snippets of %s", this.page.name()).isEmpty();
		}

		private void checkEquivalent(DocPage.Block yaml, JavaSources.Region region) throws ReflectiveOperationException {
			if (!region.className().equals(OperationExamples.class.getSimpleName())) {
				throw new AssertionError("the Java equivalent of the operation snippet at " + yaml.where()
						+ " belongs in OperationExamples, in a method named after its tag '" + region.tag() + "'");
			}
			Method method = OperationExamples.class.getDeclaredMethod(region.tag(), Operations.class);
			method.setAccessible(true);
			RecordingContext context = new RecordingContext();
			method.invoke(null, new Operations(context));
			List<Operation> fromYaml = new ArrayList<>();
			script(yaml).upgrade(new RecordingContext(fromYaml));
			List<String> expected = fromYaml.stream().map(PageModel::describe).toList();
			List<String> actual = context.operations.stream().map(PageModel::describe).toList();
			if (!actual.equals(expected)) {
				throw new AssertionError("the Java equivalent '" + region.tag() + "' does not do what the YAML at "
						+ yaml.where() + " does:\n--- YAML\n" + String.join("\n", expected) + "\n--- Java\n"
						+ String.join("\n", actual));
			}
		}

		/** An operation as every database renders it, and its inverse. */
		private static String describe(Operation operation) {
			StringBuilder text = new StringBuilder(operation.name()).append('\n');
			describeRendering(operation, text);
			Inverse inverse = Inverse.of(operation);
			if (inverse instanceof Inverse.Reversed reversed) {
				text.append("inverse ").append(reversed.operation().name()).append('\n');
				describeRendering(reversed.operation(), text);
			}
			else {
				text.append("no inverse: ").append(((Inverse.Irreversible) inverse).reason()).append('\n');
			}
			return text.toString();
		}

		private static void describeRendering(Operation operation, StringBuilder text) {
			for (String database : DATABASES) {
				text.append("  ").append(database).append(": ");
				try {
					text.append(String.join("; ", Dialects.named(database).render(operation)));
				}
				catch (MigrationException ex) {
					text.append("ERROR ").append(ex.getMessage());
				}
				text.append('\n');
			}
		}

		// ---- running

		/** The files of a group, written to a folder, and its Java revisions. */
		private record Written(Path folder, List<RevisionScript> javaRevisions, @Nullable String mainHead,
				List<String> operationSnippets, Map<String, Boolean> downgradable) {
		}

		private Written write(String group) throws Exception {
			Path folder = Files.createTempDirectory("docs-" + this.page.name().replaceAll("[^\\w]", "_") + "-");
			List<RevisionScript> java = new ArrayList<>();
			List<DocPage.Block> operations = new ArrayList<>();
			List<dev.migration.revision.Revision> revisions = new ArrayList<>();
			Map<String, Boolean> downgradable = new LinkedHashMap<>();
			for (DocPage.Block block : this.page.blocks()) {
				if (!runs(block) || !group(block).equals(group)) {
					continue;
				}
				switch (kind(block)) {
					case SQL_REVISION, YAML_REVISION -> {
						RevisionScript script = script(block);
						Files.writeString(folder.resolve(fileName(block)), content(block, "none"), StandardCharsets.UTF_8);
						revisions.add(script.revision());
						downgradable.put(script.revision().id(), script.hasDowngrade());
					}
					case OPERATIONS -> operations.add(block);
					case JAVA -> {
						JavaSources.Source source = this.sources.body(block.text());
						if (source != null && block.text().contains("@RevisionInfo")) {
							Class<?> type = Class.forName(PageModel.class.getPackageName() + "." + source.className());
							RevisionScript script = JavaRevisions
								.script((JavaRevision) type.getDeclaredConstructor().newInstance());
							java.add(script);
							revisions.add(script.revision());
							downgradable.put(script.revision().id(), script.hasDowngrade());
						}
					}
					default -> {
					}
				}
			}
			String mainHead = null;
			List<String> operationIds = new ArrayList<>();
			if (!operations.isEmpty()) {
				List<String> heads = RevisionGraph.of(revisions).heads();
				if (heads.size() > 1) {
					throw new AssertionError(this.page.name() + ": the operation snippets run after the head of the"
							+ " page's revisions, but the page has " + heads.size() + " heads: " + heads);
				}
				mainHead = heads.isEmpty() ? null : heads.get(0);
				String down = heads.isEmpty() ? "none" : mainHead;
				for (DocPage.Block block : operations) {
					Files.writeString(folder.resolve(fileName(block)), content(block, down), StandardCharsets.UTF_8);
					down = revisionId(block);
					operationIds.add(down);
					downgradable.put(down, script(block).hasDowngrade());
				}
			}
			return new Written(folder, java, mainHead, operationIds, downgradable);
		}

		private static Migrator migrator(Written written, @Nullable TestDatabase database) {
			return Migrator.builder()
				.dataSource((database != null) ? database.dataSource() : null)
				.settings(MigrationSettings.defaults()
					.withLocations(List.of(Location.parse("filesystem:" + written.folder().toAbsolutePath()))))
				.revisions(written.javaRevisions())
				.build();
		}

		void run(String group, TestDatabase shared) throws Exception {
			Written written = write(group);
			try {
				TestDatabase database = shared.createSibling();
				Migrator migrator = migrator(written, database);
				for (String name : DATABASES) {
					try {
						assertThat(migrator.upgradeSql("heads", Dialects.named(name))).as("offline script for %s", name)
							.isNotBlank();
					}
					catch (MigrationException ex) {
						// A Java revision that uses the connection cannot be rendered offline, and says so.
						if (written.javaRevisions().isEmpty() || !ex.getMessage().contains("uses the JDBC connection")) {
							throw ex;
						}
					}
				}
				boolean revisions = written.downgradable().size() > written.operationSnippets().size();
				String target = (written.mainHead() != null) ? written.mainHead() : "heads";
				if (revisions) {
					migrator.upgrade(target);
				}
				List<String> applied = migrator.currentRows();
				boolean all = written.downgradable()
					.entrySet()
					.stream()
					.filter((entry) -> !written.operationSnippets().contains(entry.getKey()))
					.allMatch(Map.Entry::getValue);
				if (revisions && all) {
					migrator.downgrade("base");
					assertThat(migrator.currentRows()).isEmpty();
					migrator.upgrade(target);
					assertThat(migrator.currentRows()).isEqualTo(applied);
				}
				for (String id : written.operationSnippets()) {
					migrator.upgrade(id);
					if (written.downgradable().get(id)) {
						migrator.downgrade("-1");
						migrator.upgrade(id);
					}
					assertThat(migrator.currentRows()).containsExactly(id);
				}
			}
			finally {
				delete(written.folder());
			}
		}

		void runCommands(String group, DocPage.Table table, TestDatabase shared) throws Exception {
			Written written = write(group);
			try {
				Migrator migrator = migrator(written, shared.createSibling());
				List<String> problems = new ArrayList<>();
				for (List<String> row : table.rows()) {
					Matcher command = BACKTICKED.matcher(row.get(0));
					if (row.size() < 3 || !command.find()) {
						continue;
					}
					String line = command.group(1);
					String problem = runRow(migrator, line, row.get(1), row.get(2));
					if (problem != null) {
						problems.add("'" + line + "': " + problem);
						break;
					}
				}
				assertThat(problems).as("%s, table at line %d", this.page.name(), table.line()).isEmpty();
			}
			finally {
				delete(written.folder());
			}
		}

		private static @Nullable String runRow(Migrator migrator, String line, String runs, String rows) {
			String[] words = line.strip().split("\\s+");
			Matcher error = QUOTED.matcher(runs);
			MigrationResult result;
			try {
				List<String> targets = List.of(words).subList(1, words.length);
				result = switch (words[0]) {
					case "upgrade" -> migrator.upgrade(targets.get(0));
					case "downgrade" -> migrator.downgrade(targets.get(0));
					case "stamp" -> migrator.stamp(targets, false);
					default -> throw new AssertionError("unknown command " + words[0]);
				};
			}
			catch (MigrationException ex) {
				if (error.find() && ex.getMessage().contains(error.group(1))) {
					return checkRows(migrator, rows);
				}
				return "failed: " + ex.getMessage();
			}
			if (error.find()) {
				return "succeeded, but the table says it fails with \"" + error.group(1) + "\"";
			}
			if (!words[0].equals("stamp")) {
				// What follows the list, in parentheses, explains it.
				int explanation = Stream.of(runs.indexOf(" ("), runs.indexOf("（")).filter((i) -> i >= 0).min(Integer::compare)
					.orElse(-1);
				List<String> expectedRuns = backticked((explanation >= 0) ? runs.substring(0, explanation) : runs);
				List<String> ran = result.steps().stream().map((step) -> step.step().revision().id()).toList();
				if (!ran.equals(expectedRuns)) {
					return "ran " + ran + ", the table says " + expectedRuns;
				}
			}
			return checkRows(migrator, rows);
		}

		private static @Nullable String checkRows(Migrator migrator, String rows) {
			List<String> expected = backticked(rows);
			List<String> actual = migrator.currentRows();
			return actual.equals(expected) ? null : "the version table holds " + actual + ", the table says " + expected;
		}

		private static List<String> backticked(String cell) {
			List<String> values = new ArrayList<>();
			Matcher matcher = BACKTICKED.matcher(cell);
			while (matcher.find()) {
				values.add(matcher.group(1));
			}
			return values;
		}

		private static void delete(Path folder) throws IOException {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}

	}

	/**
	 * Renders each operation for one database, as the runtime would execute it.
	 */
	private static final class RenderingContext implements MigrationContext {

		private final Dialect dialect;

		private final List<String> statements = new ArrayList<>();

		RenderingContext(Dialect dialect) {
			this.dialect = dialect;
		}

		@Override
		public void apply(Operation operation, int line) {
			this.statements.addAll(this.dialect.render(operation));
		}

		@Override
		public Connection connection() {
			throw new MigrationException("no connection while rendering");
		}

		@Override
		public String databaseKind() {
			return this.dialect.kind();
		}

	}

	/**
	 * Collects operations.
	 */
	private static final class RecordingContext implements MigrationContext {

		private final List<Operation> operations;

		RecordingContext() {
			this(new ArrayList<>());
		}

		RecordingContext(List<Operation> operations) {
			this.operations = operations;
		}

		@Override
		public void apply(Operation operation, int line) {
			this.operations.add(operation);
		}

		@Override
		public Connection connection() {
			throw new MigrationException("no connection while recording");
		}

		@Override
		public String databaseKind() {
			return "postgresql";
		}

	}

	static {
		// Fail early, with a clear message, when run from the wrong folder.
		if (!Files.isDirectory(DOCS)) {
			throw new UncheckedIOException(new IOException("The guide is not at " + DOCS.toAbsolutePath()
					+ ": run the tests from the migration-core folder, as Maven does"));
		}
	}

}
