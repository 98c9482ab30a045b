package dev.migration.source.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.migration.revision.InvalidRevisionsException;
import dev.migration.revision.InvalidRevisionsException.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems found in one file, each at the line and column of the YAML node it concerns.
 */
final class Problems {

	private final String source;

	private final List<Problem> problems = new ArrayList<>();

	Problems(String source) {
		this.source = source;
	}

	String source() {
		return this.source;
	}

	void add(Node node, String message) {
		add(node.getStartMark(), message);
	}

	void add(Mark mark, String message) {
		this.problems.add(new Problem(this.source, mark.getLine() + 1, mark.getColumn() + 1, message));
	}

	void addForFile(String message) {
		this.problems.add(new Problem(this.source, 0, message));
	}

	int count() {
		return this.problems.size();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			List<Problem> sorted = new ArrayList<>(this.problems);
			sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
			throw new InvalidRevisionsException(sorted);
		}
	}

}
