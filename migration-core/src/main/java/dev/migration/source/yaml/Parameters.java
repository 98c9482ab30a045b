package dev.migration.source.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.migration.operation.ColumnType;
import dev.migration.operation.DialectOptions;
import dev.migration.operation.Setting;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML map (an operation's parameters, a column's keys, the file's header), read
 * with their types checked. Each problem is recorded at the node it concerns and the getter
 * returns {@code null}; {@link #finish} then reports the keys no getter asked for, suggesting
 * the nearest of those that were asked for. So every reader must ask for all its keys before
 * calling {@link #finish}.
 */
final class Parameters {

	private final String what;

	private final String owner;

	private final Node at;

	private final Problems problems;

	private final int problemsBefore;

	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	private final Set<String> known = new LinkedHashSet<>();

	/**
	 * Reads a map's keys.
	 * @param what what the keys are, for messages: {@code "parameter"} or {@code "key"}
	 * @param owner whom they belong to, for messages: {@code "add_column"}, {@code "column 'id'"}
	 * @param at where problems about the whole map (missing keys) are reported
	 * @param mapping the map, or {@code null} for an empty one
	 * @param problems where problems go
	 */
	Parameters(String what, String owner, Node at, @Nullable MappingNode mapping, Problems problems) {
		this.what = what;
		this.owner = owner;
		this.at = at;
		this.problems = problems;
		this.problemsBefore = problems.count();
		if (mapping != null) {
			for (NodeTuple tuple : mapping.getValue()) {
				Node key = tuple.getKeyNode();
				if (!(key instanceof ScalarNode scalar) || Tag.NULL.equals(key.getTag())) {
					problems.add(key, "a " + what + " of " + owner + " must be a plain name; found "
							+ PlainValues.describe(key));
					continue;
				}
				NodeTuple first = this.entries.putIfAbsent(scalar.getValue(), tuple);
				if (first != null) {
					problems.add(key, "'" + scalar.getValue() + "' is given twice in " + owner + " (first at line "
							+ (first.getKeyNode().getStartMark().getLine() + 1) + "); remove one");
				}
			}
		}
	}

	String owner() {
		return this.owner;
	}

	Node at() {
		return this.at;
	}

	/** Whether no problem was found since these parameters were created. */
	boolean ok() {
		return this.problems.count() == this.problemsBefore;
	}

	boolean has(String name) {
		this.known.add(name);
		return this.entries.containsKey(name);
	}

	/** The value node of a key, or {@code null} if absent; marks the key as known. */
	@Nullable Node node(String name) {
		this.known.add(name);
		NodeTuple tuple = this.entries.get(name);
		return (tuple != null) ? tuple.getValueNode() : null;
	}

	/** The value node of a key that must be present, or {@code null} after reporting it. */
	@Nullable Node requiredNode(String name) {
		Node node = node(name);
		if (node == null) {
			this.problems.add(this.at, "missing " + this.what + " '" + name + "' of " + this.owner);
		}
		else if (isNull(node)) {
			problem(node, "'" + name + "' of " + this.owner + " needs a value");
			return null;
		}
		return node;
	}

	void problem(Node node, String message) {
		this.problems.add(node, message);
	}

	Problems problems() {
		return this.problems;
	}

	static boolean isNull(Node node) {
		return Tag.NULL.equals(node.getTag());
	}

	/** A single value, given or not. */
	@Nullable String string(String name) {
		Node node = node(name);
		return (node != null && !isNull(node)) ? scalarText(name, node) : null;
	}

	/** A single value that must be given. */
	@Nullable String requiredString(String name) {
		Node node = requiredNode(name);
		return (node != null) ? scalarText(name, node) : null;
	}

	private @Nullable String scalarText(String name, Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		problem(node, "'" + name + "' of " + this.owner + " must be a single value; found " + PlainValues.describe(node));
		return null;
	}

	/** {@code true} or {@code false}, or {@code null} when not given. */
	@Nullable Boolean optionalFlag(String name) {
		Node node = node(name);
		if (node == null || isNull(node)) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			String text = scalar.getValue().toLowerCase(Locale.ROOT);
			if (Tag.BOOL.equals(node.getTag()) || text.equals("true") || text.equals("false")) {
				return PlainValues.isTrue(text);
			}
		}
		problem(node, "'" + name + "' of " + this.owner + " must be true or false; found " + PlainValues.describe(node));
		return null;
	}

	/** {@code true} or {@code false}, with a default. */
	boolean flag(String name, boolean defaultValue) {
		Boolean value = optionalFlag(name);
		return (value != null) ? value : defaultValue;
	}

	/** A list of names, given or not (then empty). */
	List<String> names(String name) {
		Node node = node(name);
		if (node == null || isNull(node)) {
			return List.of();
		}
		List<String> names = namesOf(name, node);
		return (names != null) ? names : List.of();
	}

	/** A list of names that must be given. */
	@Nullable List<String> requiredNames(String name) {
		Node node = requiredNode(name);
		return (node != null) ? namesOf(name, node) : null;
	}

	private @Nullable List<String> namesOf(String name, Node node) {
		if (node instanceof ScalarNode scalar) {
			problem(node, "'" + name + "' of " + this.owner + " must be a list; write [" + scalar.getValue() + "]");
			return null;
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(node, "'" + name + "' of " + this.owner + " must be a list of names, such as [a, b]; found "
					+ PlainValues.describe(node));
			return null;
		}
		List<String> names = new ArrayList<>();
		boolean ok = true;
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !isNull(item)) {
				names.add(scalar.getValue());
			}
			else {
				problem(item, "each item of '" + name + "' of " + this.owner + " must be a name; found "
						+ PlainValues.describe(item));
				ok = false;
			}
		}
		return ok ? names : null;
	}

	/** A column type, given or not. */
	@Nullable ColumnType type(String name) {
		Node node = node(name);
		return (node != null && !isNull(node)) ? typeOf(name, node) : null;
	}

	/** A column type that must be given. */
	@Nullable ColumnType requiredType(String name) {
		Node node = requiredNode(name);
		return (node != null) ? typeOf(name, node) : null;
	}

	private @Nullable ColumnType typeOf(String name, Node node) {
		String text = scalarText(name, node);
		if (text == null) {
			return null;
		}
		try {
			return ColumnType.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problem(node, ex.getMessage());
			return null;
		}
	}

	/**
	 * A value that may be set to none: absent is {@code null} (not changed, or not known),
	 * {@code null} is {@link Setting#NONE}.
	 */
	@Nullable Setting setting(String name) {
		Node node = node(name);
		if (node == null) {
			return null;
		}
		if (isNull(node)) {
			return Setting.NONE;
		}
		String text = scalarText(name, node);
		return (text != null) ? Setting.of(text) : null;
	}

	/** A map, given or not, read by the given reader. */
	<T> @Nullable T map(String name, boolean required, Function<MappingNode, @Nullable T> reader) {
		Node node = required ? requiredNode(name) : node(name);
		if (node == null || isNull(node)) {
			return null;
		}
		if (node instanceof MappingNode mapping) {
			return reader.apply(mapping);
		}
		problem(node, "'" + name + "' of " + this.owner + " must be a map of keys and values; found "
				+ PlainValues.describe(node));
		return null;
	}

	/** A list of maps, given or not (then {@code null}), each read by the given reader. */
	<T> @Nullable List<T> maps(String name, boolean required, String example,
			Function<MappingNode, @Nullable T> reader) {
		Node node = required ? requiredNode(name) : node(name);
		if (node == null || isNull(node)) {
			return null;
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(node, "'" + name + "' of " + this.owner + " must be a list, such as " + example + "; found "
					+ PlainValues.describe(node));
			return null;
		}
		List<T> values = new ArrayList<>();
		boolean ok = true;
		for (Node item : sequence.getValue()) {
			if (!(item instanceof MappingNode mapping)) {
				problem(item, "each item of '" + name + "' of " + this.owner + " must be a map, such as " + example
						+ "; found " + PlainValues.describe(item));
				ok = false;
				continue;
			}
			T value = reader.apply(mapping);
			if (value == null) {
				ok = false;
			}
			else {
				values.add(value);
			}
		}
		return ok ? values : null;
	}

	/**
	 * Reports the keys no getter asked for, and returns the database options among them.
	 * @param dialectOptions whether the map may carry database options
	 * @return the database options
	 */
	DialectOptions finish(boolean dialectOptions) {
		Map<String, Object> options = new LinkedHashMap<>();
		this.entries.forEach((name, tuple) -> {
			if (this.known.contains(name)) {
				return;
			}
			Node key = tuple.getKeyNode();
			if (!DialectOptions.isDialectOption(name)) {
				problem(key, Suggestions.unknown(this.what, name, " of " + this.owner, this.known));
			}
			else if (!dialectOptions) {
				problem(key, this.owner + " takes no database options; remove '" + name + "'");
			}
			else if (isNull(tuple.getValueNode())) {
				problem(tuple.getValueNode(), "'" + name + "' of " + this.owner + " needs a value");
			}
			else {
				options.put(name, PlainValues.of(tuple.getValueNode()));
			}
		});
		return DialectOptions.of(options);
	}

}
