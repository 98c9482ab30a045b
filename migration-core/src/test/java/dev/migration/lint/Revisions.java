package dev.migration.lint;

import java.util.ArrayList;
import java.util.List;

import dev.migration.java.JavaRevision;
import dev.migration.java.JavaRevisions;
import dev.migration.revision.RevisionGraph;
import dev.migration.script.RevisionScript;
import dev.migration.source.RevisionFile;
import dev.migration.source.sql.SqlRevisionParser;
import dev.migration.source.yaml.YamlRevisionParser;

/**
 * Revisions for lint tests, written as their files are, and the linter's report over them.
 */
final class Revisions {

	private final List<RevisionScript> scripts = new ArrayList<>();

	/** A SQL revision {@code id} after {@code down} ({@code none} for a base), in {@code <id>.sql}. */
	Revisions sql(String id, String down, String message, String upgrade, String downgrade) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: ").append(id).append('\n');
		text.append("-- down_revision: ").append(down).append('\n');
		text.append("-- message: ").append(message).append("\n\n");
		text.append("-- upgrade\n").append(upgrade).append('\n');
		if (downgrade != null) {
			text.append("\n-- downgrade\n").append(downgrade).append('\n');
		}
		return sqlFile(id, text.toString());
	}

	/** A SQL revision file as written. */
	Revisions sqlFile(String id, String text) {
		this.scripts.add(new SqlRevisionParser().parse(new RevisionFile(location(id, "sql"), id + ".sql", text)));
		return this;
	}

	/** A YAML revision file as written. */
	Revisions yamlFile(String id, String text) {
		this.scripts.add(new YamlRevisionParser().parse(new RevisionFile(location(id, "yaml"), id + ".yaml", text)));
		return this;
	}

	Revisions java(JavaRevision revision) {
		this.scripts.add(JavaRevisions.script(revision));
		return this;
	}

	static String location(String id, String extension) {
		return "classpath:db/revisions/" + id + "." + extension;
	}

	LintReport lint(String databaseKind) {
		RevisionGraph graph = RevisionGraph.of(this.scripts.stream().map(RevisionScript::revision).toList());
		return Linter.forDatabase(databaseKind).lint(graph, this.scripts);
	}

	/** The findings of a linter, of every rule. */
	List<LintFinding> lint(Linter linter) {
		RevisionGraph graph = RevisionGraph.of(this.scripts.stream().map(RevisionScript::revision).toList());
		return linter.lint(graph, this.scripts).findings();
	}

	/** The findings of one rule, as users see them. */
	List<String> findings(String databaseKind, String ruleId) {
		return lint(databaseKind).findings()
			.stream()
			.filter((finding) -> finding.ruleId().equals(ruleId))
			.map(LintFinding::describe)
			.toList();
	}

}
