package dev.migration.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.cli.MigrationCommand;
import dev.migration.cli.Workspace;
import dev.migration.cli.output.Json;
import dev.migration.cli.output.RevisionFormat;
import dev.migration.cli.output.RevisionJson;
import dev.migration.revision.Revision;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the commands share.
 */
final class Commands {

	private Commands() {
	}

	/** The top command, which picocli injects before running a command. */
	static MigrationCommand root(@Nullable MigrationCommand root) {
		if (root == null) {
			throw new IllegalStateException("The command runs outside 'migration'");
		}
		return root;
	}

	/** The command's own model, which picocli injects. */
	static CommandSpec spec(@Nullable CommandSpec spec) {
		if (spec == null) {
			throw new IllegalStateException("The command has no picocli model");
		}
		return spec;
	}

	/** Comma-separated items, blanks dropped. */
	static List<String> split(@Nullable String text) {
		return (text != null) ? split(List.of(text)) : List.of();
	}

	/** Comma-separated items of each value, blanks dropped. */
	static List<String> split(List<String> values) {
		List<String> items = new ArrayList<>();
		for (String value : values) {
			for (String item : value.split(",")) {
				if (!item.isBlank()) {
					items.add(item.strip());
				}
			}
		}
		return items;
	}

	/** Rows of the version table as Alembic names them in messages: {@code base} for none. */
	static String rows(List<String> rows) {
		return rows.isEmpty() ? "base" : String.join(", ", rows);
	}

	/** Alembic's lines for the project's revisions, marking the given ones {@code (current)}. */
	static RevisionFormat format(Workspace workspace, Collection<String> current) {
		return new RevisionFormat(workspace.graph(), RevisionFormat.pathsFrom(workspace::pathOf), Set.copyOf(current));
	}

	/** The JSON of the project's revisions. */
	static RevisionJson json(Workspace workspace) {
		return new RevisionJson(workspace.graph(), workspace::pathOf);
	}

	/** Prints a JSON document on standard output. */
	static void printJson(Workspace workspace, Object document) {
		workspace.invocation().out().println(Json.write(document));
	}

	/**
	 * Prints {@code {"<key>": [revision...]}}, with {@code current} in each revision when the
	 * current revisions are given.
	 */
	static void printJson(Workspace workspace, String key, List<Revision> revisions, @Nullable Set<String> current) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put(key, json(workspace).of(revisions, current));
		printJson(workspace, document);
	}

	/** Prints revisions in Alembic's lines, or its verbose entries, one after the other. */
	static void print(Workspace workspace, List<Revision> revisions, boolean verbose, RevisionFormat.Parts parts,
			Set<String> current) {
		PrintWriter out = workspace.invocation().out();
		RevisionFormat format = format(workspace, current);
		for (Revision revision : revisions) {
			out.println(format.format(revision, verbose, parts));
		}
	}

}
