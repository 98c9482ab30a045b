package dev.migration.dialect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.migration.MigrationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The SQL each dialect renders for the {@link RenderCorpus}, compared with the golden files in
 * {@code src/test/resources/dialect/<kind>/<group>.sql}: each case's description as a comment,
 * then its statements with semicolons, or the error a user would read.
 * <p>
 * After a deliberate change, regenerate the files and review their diff:
 * <pre>
 * ./mvnw -q -pl migration-core test -Dtest=RenderGoldenTests -Dgolden.update=true
 * git diff migration-core/src/test/resources/dialect
 * </pre>
 */
class RenderGoldenTests {

	private static final List<String> KINDS = List.of("postgresql", "mariadb", "mysql", "h2");

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	@TestFactory
	Stream<DynamicTest> renderedSqlMatchesTheGoldenFiles() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String kind : KINDS) {
			Dialect dialect = Dialects.named(kind);
			for (Map.Entry<String, List<RenderCorpus.Case>> group : RenderCorpus.groups().entrySet()) {
				Path file = goldenDirectory().resolve(kind).resolve(group.getKey() + ".sql");
				tests.add(DynamicTest.dynamicTest(kind + "/" + group.getKey(),
						() -> check(file, render(dialect, group.getValue()))));
			}
		}
		return tests.stream();
	}

	static String render(Dialect dialect, List<RenderCorpus.Case> cases) {
		StringBuilder text = new StringBuilder();
		for (RenderCorpus.Case c : cases) {
			text.append("-- ").append(c.description()).append('\n');
			try {
				List<String> statements = dialect.render(c.operation());
				if (statements.isEmpty()) {
					text.append("-- (no statements)\n");
				}
				for (String statement : statements) {
					text.append(statement).append(";\n");
				}
			}
			catch (MigrationException ex) {
				text.append("-- ERROR: ").append(ex.getMessage()).append('\n');
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static void check(Path file, String actual) throws IOException {
		if (UPDATE) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			return;
		}
		if (!Files.exists(file)) {
			fail("There is no golden file " + file + "; create it with -Dgolden.update=true and review it");
		}
		assertThat(actual).as("rendered SQL against %s (regenerate with -Dgolden.update=true)", file)
			.isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
	}

	private static Path goldenDirectory() {
		return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/dialect");
	}

}
