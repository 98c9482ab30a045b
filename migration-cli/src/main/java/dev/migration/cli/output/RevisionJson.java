package dev.migration.cli.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.migration.revision.Revision;
import dev.migration.revision.RevisionGraph;

/**
 * The JSON of a revision, the same in every command's {@code --json} output. Field names are
 * those of the Actuator endpoint where they mean the same:
 *
 * <pre>{@code
 * {"revision": "52d5b5f0ad84", "downRevisions": ["3b6a0e4ce6b9", "4fe1e2a0b1a7"],
 *  "branchLabels": ["feat_x"], "dependsOn": [], "message": "merge feature x and y",
 *  "createDate": "2024-10-24 14:30:00", "source": "classpath:db/revisions/...sql",
 *  "path": "/app/src/main/resources/db/revisions/...sql", "children": ["6d3b1bd3a8b2"],
 *  "head": false, "effectiveHead": false, "branchPoint": false, "mergePoint": true}
 * }</pre>
 *
 * {@code branchLabels} are the labels that apply to the revision (its own and those of its
 * branch), as Alembic prints them; {@code head} is Alembic's {@code (head)}, {@code effectiveHead}
 * its {@code (effective head)}; {@code children} follow through {@code down_revision} only;
 * {@code path} is {@code null} for revisions not read from a file on disk.
 */
public final class RevisionJson {

	private final RevisionGraph graph;

	private final Function<Revision, @Nullable Path> paths;

	/**
	 * Creates the JSON writer of a graph's revisions.
	 * @param graph the graph
	 * @param paths the file of a revision, or {@code null}
	 */
	public RevisionJson(RevisionGraph graph, Function<Revision, @Nullable Path> paths) {
		this.graph = graph;
		this.paths = paths;
	}

	/**
	 * Returns a revision as a JSON object.
	 * @param revision the revision
	 * @return the object's fields, in order
	 */
	public Map<String, @Nullable Object> of(Revision revision) {
		String id = revision.id();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("revision", id);
		json.put("downRevisions", revision.downRevisions());
		json.put("branchLabels", List.copyOf(this.graph.branchLabels(id)));
		json.put("dependsOn", revision.dependsOn());
		json.put("message", revision.message());
		json.put("createDate", revision.createDate());
		json.put("source", revision.source());
		Path path = this.paths.apply(revision);
		json.put("path", (path != null) ? path.toString() : null);
		json.put("children", this.graph.children(id));
		json.put("head", this.graph.isRealHead(id));
		json.put("effectiveHead", this.graph.isEffectiveHead(id));
		json.put("branchPoint", this.graph.isBranchPoint(id));
		json.put("mergePoint", this.graph.isMergePoint(id));
		return json;
	}

	/**
	 * Returns revisions as JSON objects, with {@code current} added to each when the current
	 * revisions are known.
	 * @param revisions the revisions
	 * @param current the rows of the version table, or {@code null} when the database was not read
	 * @return the objects
	 */
	public List<Map<String, @Nullable Object>> of(List<Revision> revisions, @Nullable Set<String> current) {
		List<Map<String, @Nullable Object>> result = new ArrayList<>();
		for (Revision revision : revisions) {
			Map<String, @Nullable Object> json = of(revision);
			if (current != null) {
				json.put("current", current.contains(revision.id()));
			}
			result.add(json);
		}
		return result;
	}

}
