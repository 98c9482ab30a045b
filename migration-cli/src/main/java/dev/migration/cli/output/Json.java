package dev.migration.cli.output;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes JSON, indented by two spaces, from maps (in their iteration order), collections,
 * strings, numbers, booleans and {@code null}. Anything else is written as its string.
 */
public final class Json {

	private Json() {
	}

	/**
	 * Writes a value.
	 * @param value the value
	 * @return the JSON text, without a final line break
	 */
	public static String write(@Nullable Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.toString();
	}

	private static void write(@Nullable Object value, StringBuilder out, String indent) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(map, out, indent);
		}
		else if (value instanceof Collection<?> items) {
			writeArray(items, out, indent);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else {
			string(value.toString(), out);
		}
	}

	private static void writeObject(Map<?, ?> map, StringBuilder out, String indent) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			out.append(inner);
			string(String.valueOf(entry.getKey()), out);
			out.append(": ");
			write(entry.getValue(), out, inner);
			out.append((++i < map.size()) ? ",\n" : "\n");
		}
		out.append(indent).append('}');
	}

	private static void writeArray(Collection<?> items, StringBuilder out, String indent) {
		if (items.isEmpty()) {
			out.append("[]");
			return;
		}
		boolean simple = items.stream().noneMatch((item) -> item instanceof Map || item instanceof Collection);
		if (simple) {
			out.append('[');
			int i = 0;
			for (Object item : items) {
				write(item, out, indent);
				out.append((++i < items.size()) ? ", " : "");
			}
			out.append(']');
			return;
		}
		String inner = indent + "  ";
		out.append("[\n");
		int i = 0;
		for (Object item : items) {
			out.append(inner);
			write(item, out, inner);
			out.append((++i < items.size()) ? ",\n" : "\n");
		}
		out.append(indent).append(']');
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
