package dev.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;
import dev.migration.testsupport.TestDatabase;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Every command line of the user guide works, and prints what the guide says it prints. The tests
 * read every page of {@code docs/} and {@code docs/zh-CN/}.
 * <ul>
 * <li><b>Scenarios.</b> A {@code ```console} block right under {@code <!-- cli: NAME -->} is a
 * terminal session: a line {@code $ migration ...} is a command, the lines after it up to the
 * next {@code $ } line are what it prints. The blocks of the same NAME on a page are one
 * scenario, run in page order in one temporary project folder against one fresh PostgreSQL
 * database, given to the commands as {@code MIGRATION_URL}, {@code MIGRATION_USER} and
 * {@code MIGRATION_PASSWORD} (no other environment variable is set). Each command runs in this
 * JVM, as {@code bin/migration} would in that folder, not on a terminal (no progress lines, no
 * colour).</li>
 * <li><b>Output.</b> What a command prints is compared with the lines under it: standard output
 * and standard error together, interleaved as a terminal shows them. A line {@code ...} stands
 * for any number of lines (none included); {@code ...} inside a line stands for any text (the
 * project's folder, generated ids, dates, timings). Trailing spaces and blank lines at the end
 * are not compared.</li>
 * <li><b>Exit status.</b> A command must exit with 0, unless its line ends with the comment
 * {@code # exit N}: then with N. No other comment is allowed on a {@code $} line.</li>
 * <li><b>Redirection.</b> {@code $ migration ... > file.sql} writes standard output to that file
 * of the project folder (standard error is still shown); later commands may read it.</li>
 * <li><b>Files.</b> A block right under {@code <!-- file: NAME path/in/project -->}, in any
 * language, is written to that path of scenario NAME's folder before the scenario's first
 * command: revision files under {@code src/main/resources/db/revisions/},
 * {@code migration.properties}, {@code src/main/resources/application.yml}... A {@code .java}
 * file under {@code src/main/java/} is also compiled into {@code target/classes}, as the build
 * would, against the engine: that is where the command line finds Java revisions. Such a block
 * may carry the snippet tests' markers as well ({@code not-run}, {@code group}, {@code only},
 * {@code fails}), which concern those tests only.</li>
 * <li><b>Command lines.</b> Every line of a {@code ```sh}, {@code ```bash} or {@code ```console}
 * block that runs the command line ({@code migration ...}, {@code $ migration ...},
 * {@code bin/migration ...}, {@code java -jar .../migration.jar ...}, after any
 * {@code NAME=value} assignments; a line ending with {@code \} continues on the next) must parse:
 * the command and its options exist, required arguments are given. Only the first command of a
 * pipeline or list is checked; nothing is run. A scenario's command that ends with
 * {@code # exit 2} shows a usage error on purpose, and is checked by running it instead.</li>
 * </ul>
 * Anything else in a scenario fails, with the page and line: a {@code $} line that is not a
 * {@code migration} command, output before the first command, a pipe or another shell construct,
 * a marker these tests do not know on a {@code console} block or a file block, a {@code file:}
 * block of a scenario the page does not have.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class DocumentationCommandsTests {

	private static final Path DOCS = Path.of("..", "docs");

	private static final Pattern NAME = Pattern.compile("[\\w-]+");

	private static final Pattern EXIT = Pattern.compile("exit (\\d+)");

	private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

	/** The markers of the snippet tests that a file block may also carry. */
	private static final List<String> SNIPPET_MARKERS = List.of("not-run", "group", "only", "fails");

	private static final List<String> SHELL_LANGUAGES = List.of("sh", "bash", "console");

	TestDatabase db;

	@TestFactory
	Stream<DynamicNode> everyPage() throws IOException {
		List<DynamicNode> pages = new ArrayList<>();
		for (Path file : pageFiles()) {
			String name = "docs/" + DOCS.relativize(file).toString().replace('\\', '/');
			PageExamples examples = PageExamples.of(GuidePage.read(file, name));
			List<DynamicNode> tests = new ArrayList<>();
			if (!examples.commandLines().isEmpty()) {
				tests.add(DynamicTest.dynamicTest("every migration command line parses",
						() -> checkCommandLines(examples)));
			}
			if (!examples.scenarios().isEmpty() || !examples.problems().isEmpty()) {
				tests.add(DynamicTest.dynamicTest("CLI markers are well formed", () -> assertThat(examples.problems())
					.as("problems of the CLI markers of %s", name)
					.isEmpty()));
			}
			for (Scenario scenario : examples.scenarios().values()) {
				tests.add(DynamicTest.dynamicTest("scenario '" + scenario.name + "' (line " + scenario.line + ")",
						() -> run(scenario)));
			}
			if (!tests.isEmpty()) {
				pages.add(DynamicContainer.dynamicContainer(name, tests));
			}
		}
		return pages.stream();
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

	// ---------------------------------------------------------------- command lines

	private static void checkCommandLines(PageExamples examples) {
		List<String> problems = new ArrayList<>();
		for (CommandLineAt line : examples.commandLines()) {
			CommandLine commandLine = new CommandLine(new MigrationCommand(quietInvocation()));
			try {
				commandLine.parseArgs(line.args().toArray(String[]::new));
			}
			catch (ParameterException ex) {
				problems.add(line.where() + ": '" + line.text() + "' is not a valid command line: " + ex.getMessage());
			}
		}
		assertThat(problems).as("command lines of %s", examples.page().name()).isEmpty();
	}

	private static Invocation quietInvocation() {
		PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
		return new Invocation(Map.of(), Path.of(""), nowhere, nowhere, false, Clock.systemDefaultZone());
	}

	// ---------------------------------------------------------------- scenarios

	private void run(Scenario scenario) throws Exception {
		assertThat(scenario.problems).as("problems of scenario '%s' of %s", scenario.name, scenario.page.name())
			.isEmpty();
		assertThat(scenario.steps).as("commands of scenario '%s' of %s", scenario.name, scenario.page.name())
			.isNotEmpty();
		Path folder = Files.createTempDirectory("migration-guide-");
		try {
			for (ProjectFile file : scenario.files) {
				Path target = folder.resolve(file.path());
				Files.createDirectories(target.getParent());
				Files.writeString(target, file.text(), StandardCharsets.UTF_8);
			}
			compileJava(scenario, folder);
			TestDatabase database = this.db.createSibling();
			Map<String, String> environment = Map.of("MIGRATION_URL", database.jdbcUrl(), "MIGRATION_USER",
					database.user(), "MIGRATION_PASSWORD", database.password());
			for (Step step : scenario.steps) {
				runStep(scenario.page, step, environment, folder);
			}
		}
		finally {
			delete(folder);
		}
	}

	private static void runStep(GuidePage page, Step step, Map<String, String> environment, Path folder)
			throws IOException {
		StringWriter shown = new StringWriter();
		StringWriter redirected = new StringWriter();
		// PrintWriter does not buffer: both streams reach 'shown' in the order they are written.
		PrintWriter out = new PrintWriter((step.redirect() != null) ? redirected : shown, true);
		PrintWriter err = new PrintWriter(shown, true);
		Invocation invocation = new Invocation(environment, folder, out, err, false, Clock.systemDefaultZone());
		int status = MigrationCli.execute(invocation, step.args().toArray(String[]::new));
		out.flush();
		err.flush();
		if (step.redirect() != null) {
			Files.writeString(folder.resolve(step.redirect()), redirected.toString(), StandardCharsets.UTF_8);
		}
		String output = shown.toString();
		String difference = (status != step.exit())
				? "exit status " + status + ", the page expects " + step.exit()
						+ ((step.exit() == 0) ? "" : " (the '# exit " + step.exit() + "' comment)")
				: step.expected().difference(output);
		if (difference != null) {
			throw new AssertionError(page.at(step.line()) + ": $ " + step.text() + "\n" + difference
					+ "\n--- the page shows" + listing(step.expected().lines())
					+ "\n--- the command printed (standard output and error, as a terminal shows them)"
					+ listing(ExpectedOutput.normalized(output.lines().toList())));
		}
	}

	private static String listing(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append("\n    ").append(line);
		}
		return lines.isEmpty() ? "\n    (nothing)" : text.toString();
	}

	/** Compiles the scenario's Java files under {@code src/main/java} into {@code target/classes}. */
	private static void compileJava(Scenario scenario, Path folder) {
		List<ProjectFile> sources = scenario.files.stream()
			.filter((file) -> file.path().startsWith("src/main/java/") && file.path().endsWith(".java"))
			.toList();
		if (sources.isEmpty()) {
			return;
		}
		List<String> arguments = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"), "-d",
				folder.resolve("target/classes").toString(), "-encoding", "UTF-8"));
		sources.forEach((file) -> arguments.add(folder.resolve(file.path()).toString()));
		ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
		int status = ToolProvider.getSystemJavaCompiler()
			.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
		assertThat(status)
			.as("javac of the Java files of scenario '%s' (%s):%n%s", scenario.name,
					sources.stream().map((file) -> scenario.page.at(file.line())).toList(),
					diagnostics.toString(StandardCharsets.UTF_8))
			.isZero();
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	// ---------------------------------------------------------------- reading a page

	/**
	 * A command line found in a shell block.
	 *
	 * @param where {@code page:line}
	 * @param text the line as the page writes it
	 * @param args its arguments after {@code migration}
	 */
	record CommandLineAt(String where, String text, List<String> args) {
	}

	/**
	 * A file of a scenario.
	 *
	 * @param path its path in the project folder
	 * @param line the line of its block
	 * @param text its content
	 */
	record ProjectFile(String path, int line, String text) {
	}

	/**
	 * A command of a scenario and what it prints.
	 *
	 * @param line its line on the page
	 * @param text the command line, without {@code $ }
	 * @param args its arguments after {@code migration}
	 * @param redirect the file its standard output goes to, if any
	 * @param exit the exit status it must end with
	 * @param expected the output the page shows
	 */
	record Step(int line, String text, List<String> args, @Nullable String redirect, int exit, ExpectedOutput expected) {
	}

	/** The blocks of one NAME on a page. */
	static final class Scenario {

		final GuidePage page;

		final String name;

		final int line;

		final List<ProjectFile> files = new ArrayList<>();

		final List<Step> steps = new ArrayList<>();

		final List<String> problems = new ArrayList<>();

		Scenario(GuidePage page, String name, int line) {
			this.page = page;
			this.name = name;
			this.line = line;
		}

		@Override
		public String toString() {
			return this.page.name() + ": scenario '" + this.name + "'";
		}

	}

	/**
	 * The CLI examples of a page: its scenarios, the command lines of its shell blocks, and what
	 * is wrong with its markers.
	 */
	record PageExamples(GuidePage page, Map<String, Scenario> scenarios, List<CommandLineAt> commandLines,
			List<String> problems) {

		static PageExamples of(GuidePage page) {
			PageExamples examples = new PageExamples(page, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
			Map<GuidePage.Block, String[]> fileBlocks = new LinkedHashMap<>();
			for (GuidePage.Block block : page.blocks()) {
				GuidePage.Marker cli = examples.single(block, "cli");
				GuidePage.Marker file = examples.single(block, "file");
				if (SHELL_LANGUAGES.contains(block.language())) {
					examples.readCommandLines(block, cli != null);
				}
				if (cli != null && file != null) {
					examples.problem(cli.line(), "a block is either a scenario (cli:) or a file (file:), not both");
				}
				else if (cli != null) {
					examples.readScenarioBlock(block, cli);
				}
				else if (file != null) {
					examples.checkMarkers(block, List.of("file"), SNIPPET_MARKERS);
					String[] nameAndPath = file.value().split("\\s+");
					if (nameAndPath.length != 2 || !NAME.matcher(nameAndPath[0]).matches() || !relative(nameAndPath[1])) {
						examples.problem(file.line(), "write <!-- file: NAME path/in/project --> (a relative path, "
								+ "inside the project folder), not <!-- " + file.text() + " -->");
					}
					else {
						fileBlocks.put(block, nameAndPath);
					}
				}
				else if (block.language().equals("console")) {
					examples.checkMarkers(block, List.of(), List.of());
				}
			}
			fileBlocks.forEach((block, nameAndPath) -> examples.addFile(block, nameAndPath[0], nameAndPath[1]));
			return examples;
		}

		private static boolean relative(String path) {
			Path normalized = Path.of(path).normalize();
			return !path.isEmpty() && !Path.of(path).isAbsolute() && !normalized.startsWith("..")
					&& !normalized.toString().isEmpty();
		}

		private void problem(int line, String problem) {
			this.problems.add(this.page.at(line) + ": " + problem);
		}

		/** The block's marker with that key, reporting a malformed or repeated one. */
		private GuidePage.@Nullable Marker single(GuidePage.Block block, String key) {
			List<GuidePage.Marker> found = block.markers().stream().filter((marker) -> marker.key().equals(key)).toList();
			for (GuidePage.Marker marker : found) {
				if (!marker.text().startsWith(key + ":")) {
					problem(marker.line(), "write <!-- " + key + ": ... -->, with a colon, not <!-- " + marker.text()
							+ " -->");
					return null;
				}
			}
			if (found.size() > 1) {
				problem(found.get(1).line(), "a block has one '" + key + ":' marker at most");
			}
			return found.isEmpty() ? null : found.get(0);
		}

		private void checkMarkers(GuidePage.Block block, List<String> ours, List<String> others) {
			for (GuidePage.Marker marker : block.markers()) {
				if (!ours.contains(marker.key()) && !others.contains(marker.key())) {
					problem(marker.line(), "unknown marker <!-- " + marker.text() + " --> on a ```" + block.language()
							+ " block" + (ours.isEmpty() ? ": a console block is a scenario under <!-- cli: NAME -->, "
									+ "or carries no marker" : " (known here: " + String.join(", ", ours) + ", "
											+ String.join(", ", others) + ")"));
				}
			}
		}

		/**
		 * Collects the command lines of a shell block. A scenario's command that must exit with 2
		 * shows a usage error on purpose: running it checks that it is one.
		 */
		private void readCommandLines(GuidePage.Block block, boolean scenario) {
			List<String> lines = block.lines();
			for (int i = 0; i < lines.size(); i++) {
				int first = i;
				StringBuilder text = new StringBuilder(lines.get(i).strip());
				while (text.toString().endsWith("\\") && i + 1 < lines.size()) {
					text.setLength(text.length() - 1);
					text.append(' ').append(lines.get(++i).strip());
				}
				String line = text.toString();
				if (block.language().equals("console")) {
					if (!line.startsWith("$ ")) {
						continue;
					}
					line = line.substring(2);
				}
				ShellLine shell = ShellLine.parse(line);
				List<String> args = migrationArguments(shell.words());
				if (args != null && !(scenario && "exit 2".equals(shell.comment()))) {
					this.commandLines.add(new CommandLineAt(this.page.at(block.line() + 1 + first), line, args));
				}
			}
		}

		/** The arguments of a command line that runs the command line tool, or {@code null}. */
		private static @Nullable List<String> migrationArguments(List<String> words) {
			int start = 0;
			while (start < words.size() && ASSIGNMENT.matcher(words.get(start)).matches()) {
				start++;
			}
			List<String> command = words.subList(start, words.size());
			if (command.isEmpty()) {
				return null;
			}
			if (List.of("migration", "bin/migration", "./bin/migration").contains(command.get(0))) {
				return command.subList(1, command.size());
			}
			if (command.size() >= 3 && command.get(0).equals("java") && command.get(1).equals("-jar")
					&& command.get(2).endsWith("migration.jar")) {
				return command.subList(3, command.size());
			}
			return null;
		}

		private void readScenarioBlock(GuidePage.Block block, GuidePage.Marker cli) {
			String name = cli.value();
			if (!block.language().equals("console")) {
				problem(cli.line(), "<!-- cli: " + name + " --> stands above a ```console block, not a ```"
						+ block.language() + " block");
				return;
			}
			checkMarkers(block, List.of("cli"), List.of());
			if (!NAME.matcher(name).matches()) {
				problem(cli.line(), "a scenario's name is letters, digits, '_' and '-', not '" + name + "'");
				return;
			}
			Scenario scenario = this.scenarios.computeIfAbsent(name, (key) -> new Scenario(this.page, key, cli.line()));
			List<String> lines = block.lines();
			int i = 0;
			while (i < lines.size()) {
				int line = block.line() + 1 + i;
				String text = lines.get(i);
				if (!command(text)) {
					if (!text.isBlank()) {
						scenario.problems.add(this.page.at(line) + ": output with no '$ migration' command before it");
					}
					i++;
					continue;
				}
				int end = i + 1;
				while (end < lines.size() && !command(lines.get(end))) {
					end++;
				}
				Step step = step(scenario, text, line, lines.subList(i + 1, end));
				if (step != null) {
					scenario.steps.add(step);
				}
				i = end;
			}
		}

		/** Whether a line of a scenario is a command: a prompt, then a space (so {@code $$ ...} output is not). */
		private static boolean command(String line) {
			return line.startsWith("$ ") || line.strip().equals("$");
		}

		private @Nullable Step step(Scenario scenario, String text, int line, List<String> output) {
			String where = this.page.at(line) + ": ";
			if (!text.startsWith("$ migration ") && !text.equals("$ migration")) {
				scenario.problems.add(where + "a scenario runs only '$ migration ...' commands, not '" + text + "'");
				return null;
			}
			String commandLine = text.substring(2);
			ShellLine shell = ShellLine.parse(commandLine);
			if (!shell.unsupported().isEmpty()) {
				scenario.problems.add(where + "a scenario's command line is words, quotes, '> file' and '# exit N'; "
						+ "this one has " + String.join(", ", shell.unsupported()));
				return null;
			}
			int exit = 0;
			if (shell.comment() != null) {
				Matcher matcher = EXIT.matcher(shell.comment());
				if (!matcher.matches()) {
					scenario.problems.add(where + "the only comment a command may have is '# exit N', not '# "
							+ shell.comment() + "'");
					return null;
				}
				exit = Integer.parseInt(matcher.group(1));
			}
			if (shell.redirect() != null && !relative(shell.redirect())) {
				scenario.problems.add(where + "'> " + shell.redirect() + "' must name a file inside the project folder");
				return null;
			}
			return new Step(line, commandLine, shell.words().subList(1, shell.words().size()), shell.redirect(), exit,
					new ExpectedOutput(output, line + 1));
		}

		private void addFile(GuidePage.Block block, String name, String path) {
			Scenario scenario = this.scenarios.get(name);
			int line = block.markers().stream().filter((marker) -> marker.key().equals("file")).findFirst()
				.map(GuidePage.Marker::line).orElse(block.line());
			if (scenario == null) {
				problem(line, "<!-- file: " + name + " " + path + " --> is a file of scenario '" + name
						+ "', but the page has no <!-- cli: " + name + " --> block");
				return;
			}
			if (scenario.files.stream().anyMatch((file) -> Path.of(file.path()).normalize().equals(Path.of(path).normalize()))) {
				scenario.problems.add(this.page.at(line) + ": scenario '" + name + "' has two files " + path);
				return;
			}
			scenario.files.add(new ProjectFile(path, block.line(), block.text()));
		}

	}

	static {
		// Fail early, with a clear message, when run from the wrong folder.
		if (!Files.isDirectory(DOCS)) {
			throw new UncheckedIOException(new IOException("The guide is not at " + DOCS.toAbsolutePath()
					+ ": run the tests from the migration-cli folder, as Maven does"));
		}
	}

}
