package dev.migration.source.yaml;

import java.util.List;

import dev.migration.operation.Operation;
import dev.migration.revision.InvalidRevisionsException;
import dev.migration.source.RevisionFile;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Helpers for the YAML tests: files at a known location, and what users see.
 */
final class YamlFiles {

	static final String LOCATION = "classpath:db/revisions/r.yaml";

	private YamlFiles() {
	}

	static YamlRevisionScript parse(String content) {
		return (YamlRevisionScript) new YamlRevisionParser().parse(new RevisionFile(LOCATION, "r.yaml", content));
	}

	/** Parses a file with the given upgrade operations, indented as under {@code upgrade:}. */
	static List<Operation> upgrade(String operations) {
		return parse("revision: r\ndown_revision: none\nupgrade:\n" + operations).upgradeOperations()
			.stream()
			.map(LocatedOperation::operation)
			.toList();
	}

	static Operation single(String operation) {
		List<Operation> operations = upgrade(operation);
		if (operations.size() != 1) {
			throw new AssertionError("expected one operation, got " + operations);
		}
		return operations.get(0);
	}

	/** The problems users see, one line each, as in the exception's message. */
	static List<String> problems(String content) {
		InvalidRevisionsException[] caught = new InvalidRevisionsException[1];
		assertThatExceptionOfType(InvalidRevisionsException.class).isThrownBy(() -> parse(content))
			.satisfies((ex) -> caught[0] = ex);
		return caught[0].problems().stream().map(Object::toString).toList();
	}

	/** The problems of a file with the given upgrade operations, which start at line 4. */
	static List<String> upgradeProblems(String operations) {
		return problems("revision: r\ndown_revision: none\nupgrade:\n" + operations);
	}

}
