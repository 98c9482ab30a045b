package dev.migration.source.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML nodes into plain, immutable Java values: {@code null}, {@link Boolean},
 * {@link Long} or {@link BigInteger}, {@link BigDecimal}, {@link String}, lists and maps. Only
 * these types are ever made, whatever tags the file carries. Dates and times stay strings, as
 * written; so do numbers written in other bases than ten, and YAML's {@code .inf} and {@code .nan}.
 */
final class PlainValues {

	private PlainValues() {
	}

	static @Nullable Object of(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar(scalar);
		}
		if (node instanceof SequenceNode sequence) {
			List<@Nullable Object> values = new ArrayList<>();
			sequence.getValue().forEach((item) -> values.add(of(item)));
			return Collections.unmodifiableList(values);
		}
		MappingNode mapping = (MappingNode) node;
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			values.put(text(tuple.getKeyNode()), of(tuple.getValueNode()));
		}
		return Collections.unmodifiableMap(values);
	}

	static @Nullable Object scalar(ScalarNode scalar) {
		String text = scalar.getValue();
		Tag tag = scalar.getTag();
		if (Tag.NULL.equals(tag)) {
			return null;
		}
		if (Tag.BOOL.equals(tag)) {
			return Boolean.valueOf(isTrue(text));
		}
		String digits = text.replace("_", "");
		if (Tag.INT.equals(tag) && digits.matches("[-+]?[0-9]+")) {
			BigInteger value = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
			return (value.bitLength() < 64) ? (Object) value.longValue() : value;
		}
		if (Tag.FLOAT.equals(tag) && digits.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
			return new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
		}
		return text;
	}

	static boolean isTrue(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.equals("true") || lower.equals("yes") || lower.equals("on");
	}

	static String text(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		return String.valueOf(of(node));
	}

	static String describe(Node node) {
		if (node instanceof SequenceNode) {
			return "a list";
		}
		if (node instanceof MappingNode) {
			return "a map";
		}
		if (Tag.NULL.equals(node.getTag())) {
			return "nothing";
		}
		return "'" + ((ScalarNode) node).getValue() + "'";
	}

}
