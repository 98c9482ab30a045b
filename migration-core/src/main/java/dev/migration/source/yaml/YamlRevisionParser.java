package dev.migration.source.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.migration.operation.ConstraintType;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.Inverse;
import dev.migration.revision.Revision;
import dev.migration.script.LintSuppression;
import dev.migration.script.RevisionScript;
import dev.migration.source.RevisionContent;
import dev.migration.source.RevisionFile;
import dev.migration.source.RevisionFileParser;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML revision files ({@code .yaml}, {@code .yml}):
 *
 * <pre>{@code
 * revision: create_conversations
 * down_revision: add_claude_session_id
 * message: Create conversations table
 * upgrade:
 *   - create_table:
 *       table_name: conversations
 *       columns:
 *         - {name: id, type: string(36), primary_key: true}
 *   - create_index:
 *       index_name: ix_conversations_session_id
 *       table_name: conversations
 *       columns: [session_id]
 * }</pre>
 *
 * The header keys are {@code revision} (required), {@code down_revision} (required:
 * {@code none} or {@code null} for a first revision, an id, or a list of ids for a merge),
 * {@code branch_labels} and {@code depends_on} (an id or a list), {@code message},
 * {@code create_date}, {@code transactional} ({@code true} by default) and {@code lint_ignore}
 * (a list of {@code {rule: rule-id, reason: "..."}} that silence lint rules for this revision;
 * the linter reports an entry without a reason). {@code upgrade:}
 * (required, possibly empty) and {@code downgrade:} list operations named after Alembic's
 * {@code op.*}, with Alembic's keyword arguments ({@code type_} is spelt {@code type}). Without
 * {@code downgrade:} the downgrade is derived from the operations' inverses, in reverse order; if
 * some operation has none, the file still loads, and downgrading it is the error.
 * <p>
 * The file is read with SnakeYAML's node API only: no object is ever constructed from it, so
 * tags in the file cannot instantiate classes. Every problem of the file is reported at once,
 * with its line and column.
 */
public final class YamlRevisionParser implements RevisionFileParser {

	private static final String FILE = "the revision file";

	/** Tells the tags of plain scalars; only read once built, so one serves every thread. */
	private static final Resolver RESOLVER = new Resolver();

	private final OperationReader operations = new OperationReader();

	@Override
	public boolean supports(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	@Override
	public RevisionScript parse(RevisionFile file) {
		Problems problems = new Problems(file.location());
		Node root = compose(file, problems);
		problems.throwIfAny();
		if (root == null) {
			problems.addForFile("the file is empty; a YAML revision has at least 'revision:', 'down_revision:' and "
					+ "'upgrade:'");
		}
		else if (!(root instanceof MappingNode)) {
			problems.add(root, "a YAML revision is a map with 'revision:', 'down_revision:' and 'upgrade:' at the "
					+ "top level; found " + PlainValues.describe(root));
		}
		problems.throwIfAny();
		return read(file, (MappingNode) root, problems);
	}

	private static @Nullable Node compose(RevisionFile file, Problems problems) {
		// Only the node tree is needed: a composer alone, without the constructors and
		// representers a whole Yaml object builds for each file.
		LoaderOptions options = new LoaderOptions();
		options.setAllowRecursiveKeys(false);
		try {
			StreamReader reader = new StreamReader(new StringReader(RevisionContent.normalize(file.content())));
			return new Composer(new ParserImpl(reader, options), RESOLVER, options).getSingleNode();
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			String message = malformed(ex);
			if (mark != null) {
				problems.add(mark, message);
			}
			else {
				problems.addForFile(message);
			}
		}
		catch (YAMLException ex) {
			problems.addForFile("malformed YAML: " + ex.getMessage());
		}
		return null;
	}

	private static String malformed(MarkedYAMLException ex) {
		StringBuilder message = new StringBuilder("malformed YAML: ").append(ex.getProblem());
		Mark context = ex.getContextMark();
		if (ex.getContext() != null) {
			message.append(" (").append(ex.getContext());
			if (context != null) {
				message.append(" at line ").append(context.getLine() + 1).append(", column ")
					.append(context.getColumn() + 1);
			}
			message.append(')');
		}
		if ("mapping values are not allowed here".equals(ex.getProblem())) {
			message.append("; check the indentation of this line, and quote values that contain ': '");
		}
		return message.toString();
	}

	private RevisionScript read(RevisionFile file, MappingNode root, Problems problems) {
		Parameters header = new Parameters("key", FILE, root, root, problems);
		String id = revisionId(header);
		List<String> downRevisions = downRevisions(header);
		List<String> branchLabels = ids(header, "branch_labels");
		List<String> dependsOn = ids(header, "depends_on");
		String message = header.string("message");
		String createDate = header.string("create_date");
		boolean transactional = header.flag("transactional", true);
		List<LintSuppression> lintSuppressions = lintSuppressions(header);
		List<LocatedOperation> upgrade = null;
		if (!header.has("upgrade")) {
			problems.addForFile("missing 'upgrade:': list the revision's operations under it (or write 'upgrade: []' "
					+ "for a revision that does nothing, such as a merge)");
		}
		else {
			upgrade = operations(header, "upgrade");
		}
		List<LocatedOperation> downgrade = header.has("downgrade") ? operations(header, "downgrade") : null;
		header.finish(false);
		problems.throwIfAny();

		Revision revision = new Revision(id, downRevisions, branchLabels, dependsOn, (message != null) ? message : "",
				createDate, file.location());
		String checksum = RevisionContent.checksum(RevisionContent.withoutLines(file.content(), lintIgnoreLines(root)));
		YamlRevisionScript script = (downgrade != null)
				? YamlRevisionScript.withDowngrade(revision, checksum, transactional, upgrade, downgrade, false)
				: derive(revision, checksum, transactional, upgrade);
		return lintSuppressions.isEmpty() ? script : script.withLintSuppressions(lintSuppressions);
	}

	/**
	 * Returns the lines of the top-level {@code lint_ignore:} entry, which the checksum leaves
	 * out: they say how to lint the revision, not what it does, and acknowledging a finding must
	 * not make an applied revision a changed one.
	 */
	private static Set<Integer> lintIgnoreLines(MappingNode root) {
		Set<Integer> lines = new HashSet<>();
		for (NodeTuple tuple : root.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("lint_ignore")) {
				Mark end = tuple.getValueNode().getEndMark();
				// A block value ends at the start of the next line; a flow value on its last line.
				int last = (end.getColumn() == 0) ? end.getLine() : end.getLine() + 1;
				for (int line = key.getStartMark().getLine() + 1; line <= last; line++) {
					lines.add(line);
				}
			}
		}
		return lines;
	}

	/**
	 * Reads {@code lint_ignore: [{rule: drop-column, reason: "..."}]}. A missing reason is not a
	 * problem of the file: the linter reports it, as it reports an unknown rule.
	 */
	private static List<LintSuppression> lintSuppressions(Parameters header) {
		List<LintSuppression> suppressions = header.maps("lint_ignore", false,
				"[{rule: drop-column, reason: \"the data was archived\"}]", (mapping) -> {
					Parameters entry = new Parameters("key", "a lint_ignore entry", mapping, mapping, header.problems());
					String rule = entry.requiredString("rule");
					String reason = entry.string("reason");
					entry.finish(false);
					return (rule != null) ? new LintSuppression(rule, (reason != null) ? reason : "",
							mapping.getStartMark().getLine() + 1) : null;
				});
		return (suppressions != null) ? suppressions : List.of();
	}

	private static YamlRevisionScript derive(Revision revision, String checksum, boolean transactional,
			List<LocatedOperation> upgrade) {
		List<LocatedOperation> downgrade = new ArrayList<>();
		List<String> irreversible = new ArrayList<>();
		for (int i = upgrade.size() - 1; i >= 0; i--) {
			LocatedOperation located = upgrade.get(i);
			Inverse inverse = Inverse.of(located.operation());
			if (inverse instanceof Inverse.Reversed reversed) {
				downgrade.add(new LocatedOperation(reversed.operation(), located.line(), located.column()));
			}
			else {
				irreversible.add(0, "  - " + revision.source() + ":" + located.line() + ":" + located.column() + ": "
						+ ((Inverse.Irreversible) inverse).reason());
			}
		}
		if (irreversible.isEmpty()) {
			return YamlRevisionScript.withDowngrade(revision, checksum, transactional, upgrade,
					foreignKeysBeforeIndexes(downgrade), true);
		}
		String reason = "Revision '" + revision.id() + "' cannot be downgraded: " + revision.source()
				+ " has no 'downgrade:' section, and "
				+ ((irreversible.size() == 1) ? "this upgrade operation has" : "these upgrade operations have")
				+ " no inverse:\n" + String.join("\n", irreversible)
				+ "\nWrite the downgrade's operations in a 'downgrade:' section of the file.";
		return YamlRevisionScript.withoutDowngrade(revision, checksum, transactional, upgrade, reason);
	}

	/**
	 * Moves the drop of a table's foreign key ahead of the drops of that table's indexes right
	 * before it. An upgrade that creates a foreign key and then an index on its columns has the
	 * key use that index on MariaDB and MySQL, which then refuse to drop the index while the key
	 * exists; dropping the key first works on every database.
	 */
	static List<LocatedOperation> foreignKeysBeforeIndexes(List<LocatedOperation> downgrade) {
		List<LocatedOperation> result = new ArrayList<>(downgrade);
		for (int i = 0; i < result.size(); i++) {
			if (!(result.get(i).operation() instanceof DropIndex index) || index.tableName() == null) {
				continue;
			}
			int next = i + 1;
			while (next < result.size() && result.get(next).operation() instanceof DropIndex other
					&& index.tableName().equals(other.tableName()) && Objects.equals(index.schema(), other.schema())) {
				next++;
			}
			if (next < result.size() && result.get(next).operation() instanceof DropConstraint key
					&& key.type() == ConstraintType.FOREIGNKEY && key.tableName().equals(index.tableName())
					&& Objects.equals(key.schema(), index.schema())) {
				result.add(i, result.remove(next));
			}
		}
		return result;
	}

	private static @Nullable String revisionId(Parameters header) {
		if (!header.has("revision")) {
			header.problems().addForFile("missing 'revision:': a revision file names its id, as in "
					+ "'revision: add_claude_session_id'");
			return null;
		}
		String id = header.requiredString("revision");
		Node node = header.node("revision");
		if (id != null && node != null && !Revision.isValidId(id)) {
			header.problem(node, "'" + id + "' is not a valid revision id: use letters, digits and _ only");
			return null;
		}
		return id;
	}

	private static List<String> downRevisions(Parameters header) {
		if (!header.has("down_revision")) {
			header.problems().addForFile("missing 'down_revision:': write the id of the revision this one follows, "
					+ "or 'down_revision: none' for a first revision");
			return List.of();
		}
		Node node = header.node("down_revision");
		if (node instanceof ScalarNode scalar && scalar.getValue().strip().equalsIgnoreCase("none")) {
			return List.of();
		}
		return ids(header, "down_revision");
	}

	private static List<String> ids(Parameters header, String key) {
		Node node = header.node(key);
		if (node == null || Parameters.isNull(node)) {
			return List.of();
		}
		List<Node> items;
		if (node instanceof ScalarNode) {
			items = List.of(node);
		}
		else if (node instanceof SequenceNode sequence) {
			items = sequence.getValue();
		}
		else {
			header.problem(node, "'" + key + "' must be an id or a list of ids; found " + PlainValues.describe(node));
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Node item : items) {
			if (!(item instanceof ScalarNode scalar) || Parameters.isNull(item)) {
				header.problem(item, "each item of '" + key + "' must be an id; found " + PlainValues.describe(item));
				continue;
			}
			String id = scalar.getValue();
			if (!Revision.isValidId(id)) {
				header.problem(item, "'" + id + "' in '" + key + "' is not a valid "
						+ (key.equals("branch_labels") ? "branch label" : "revision id")
						+ ": use letters, digits and _ only");
			}
			else if (!seen.add(id)) {
				header.problem(item, "'" + key + "' names '" + id + "' twice");
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	private @Nullable List<LocatedOperation> operations(Parameters header, String key) {
		Node node = header.node(key);
		if (node == null || Parameters.isNull(node)) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			header.problem(node, "'" + key + ":' must be a list of operations, each starting with '-', as in "
					+ "'- add_column: {...}'; found " + PlainValues.describe(node));
			return null;
		}
		List<LocatedOperation> result = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			LocatedOperation operation = this.operations.read(item, header.problems());
			if (operation != null) {
				result.add(operation);
			}
		}
		return result;
	}

}
