package dev.migration.cli.scaffold;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.migration.MigrationException;

/**
 * The ready-to-edit file of a new revision, in one of the three formats: SQL, YAML or a Java
 * class. Each carries the revision's header (id, down revisions, labels, dependencies, message,
 * date) and empty upgrade and downgrade parts, as Alembic's {@code script.py.mako} does.
 */
public enum RevisionTemplate {

	/** A {@code .sql} file: a {@code -- key: value} header, then {@code -- upgrade} and {@code -- downgrade}. */
	SQL("sql") {

		@Override
		public String render(NewRevision revision, String javaPackage, boolean springComponent) {
			StringBuilder text = new StringBuilder();
			text.append("-- revision: ").append(revision.id()).append('\n');
			text.append("-- down_revision: ")
				.append(revision.downRevisions().isEmpty() ? "none" : String.join(", ", revision.downRevisions()))
				.append('\n');
			if (!revision.branchLabels().isEmpty()) {
				text.append("-- branch_labels: ").append(String.join(", ", revision.branchLabels())).append('\n');
			}
			if (!revision.dependsOn().isEmpty()) {
				text.append("-- depends_on: ").append(String.join(", ", revision.dependsOn())).append('\n');
			}
			text.append("-- message: ").append(oneLine(revision.message())).append('\n');
			text.append("-- create_date: ").append(revision.createDate()).append('\n');
			text.append('\n');
			text.append("-- upgrade\n\n\n");
			text.append("-- downgrade\n\n");
			return text.toString();
		}

	},

	/** A {@code .yaml} file of Alembic's operations, with the downgrade derived unless written. */
	YAML("yaml") {

		@Override
		public String render(NewRevision revision, String javaPackage, boolean springComponent) {
			StringBuilder text = new StringBuilder();
			text.append("revision: ").append(revision.id()).append('\n');
			text.append("down_revision: ").append(yamlIds(revision.downRevisions(), "none")).append('\n');
			if (!revision.branchLabels().isEmpty()) {
				text.append("branch_labels: ").append(yamlIds(revision.branchLabels(), "")).append('\n');
			}
			if (!revision.dependsOn().isEmpty()) {
				text.append("depends_on: ").append(yamlIds(revision.dependsOn(), "")).append('\n');
			}
			text.append("message: ").append(yamlString(oneLine(revision.message()))).append('\n');
			text.append("create_date: '").append(revision.createDate()).append("'\n");
			text.append('\n');
			text.append("upgrade:\n");
			text.append("  # - add_column:\n");
			text.append("  #     table_name: sessions\n");
			text.append("  #     column: {name: new_field, type: string(100), nullable: true}\n");
			text.append("  # - execute: UPDATE sessions SET new_field = 'default' WHERE new_field IS NULL\n");
			text.append('\n');
			text.append("# Without 'downgrade:', the downgrade is derived from the upgrade's operations, in reverse.\n");
			text.append("# downgrade:\n");
			text.append("#   - drop_column: {table_name: sessions, column_name: new_field}\n");
			return text.toString();
		}

	},

	/** A Java class implementing {@code dev.migration.java.JavaRevision}. */
	JAVA("java") {

		@Override
		public String fileName(NewRevision revision) {
			return className(revision) + ".java";
		}

		@Override
		public String render(NewRevision revision, String javaPackage, boolean springComponent) {
			StringBuilder text = new StringBuilder();
			if (!javaPackage.isEmpty()) {
				text.append("package ").append(javaPackage).append(";\n\n");
			}
			text.append("import dev.migration.java.JavaRevision;\n");
			text.append("import dev.migration.java.RevisionInfo;\n");
			text.append("import dev.migration.operation.Operations;\n\n");
			if (springComponent) {
				text.append("import org.springframework.stereotype.Component;\n\n");
			}
			text.append("/**\n * ").append(oneLine(revision.message()).replace("*/", "*&#47;")).append("\n */\n");
			text.append("@RevisionInfo(id = ").append(javaString(revision.id()));
			text.append(", downRevision = ").append(javaArray(revision.downRevisions()));
			if (!revision.branchLabels().isEmpty()) {
				text.append(", branchLabels = ").append(javaArray(revision.branchLabels()));
			}
			if (!revision.dependsOn().isEmpty()) {
				text.append(", dependsOn = ").append(javaArray(revision.dependsOn()));
			}
			text.append(",\n\t\tmessage = ").append(javaString(oneLine(revision.message())));
			text.append(", createDate = ").append(javaString(revision.createDate())).append(")\n");
			if (springComponent) {
				// The starter runs the JavaRevision beans of the application.
				text.append("@Component\n");
			}
			text.append("public class ").append(className(revision)).append(" implements JavaRevision {\n\n");
			text.append("\t@Override\n");
			text.append("\tpublic void upgrade(Operations op) throws Exception {\n");
			text.append("\t\t// op.addColumn(\"sessions\", "
					+ "Operations.column(\"new_field\", \"string(100)\").nullable(true));\n");
			text.append("\t\t// op.execute(\"UPDATE sessions SET new_field = 'default' WHERE new_field IS NULL\");\n");
			text.append("\t}\n\n");
			text.append("\t@Override\n");
			text.append("\tpublic void downgrade(Operations op) throws Exception {\n");
			text.append("\t\t// op.dropColumn(\"sessions\", \"new_field\");\n");
			text.append("\t}\n\n");
			text.append("}\n");
			return text.toString();
		}

	};

	private final String extension;

	RevisionTemplate(String extension) {
		this.extension = extension;
	}

	/**
	 * Returns the template of a format name: {@code sql}, {@code yaml} (or {@code yml}) or
	 * {@code java}.
	 * @param name the name, in any case
	 * @return the template
	 * @throws MigrationException for any other name
	 */
	public static RevisionTemplate named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "sql" -> SQL;
			case "yaml", "yml" -> YAML;
			case "java" -> JAVA;
			default -> throw new MigrationException("Unknown revision format '" + name + "': use sql, yaml or java");
		};
	}

	/**
	 * Returns the name of the file, {@code {yyyyMMdd}_{HHmm}_{rev}_{slug}.{ext}}; for Java, the
	 * class name (prefixed {@code V}, as a class name cannot start with a digit) and {@code .java}.
	 * @param revision the revision
	 * @return the file name
	 */
	public String fileName(NewRevision revision) {
		return revision.baseName() + "." + this.extension;
	}

	/**
	 * Renders the file.
	 * @param revision the revision
	 * @param javaPackage the package of a Java revision, empty for none; ignored by other formats
	 * @param springComponent whether a Java revision is a Spring {@code @Component}, for the
	 * starter to find it; ignored by other formats
	 * @return the file's text
	 */
	public abstract String render(NewRevision revision, String javaPackage, boolean springComponent);

	/**
	 * Returns the Java class name of a revision: {@code V} and the file's base name.
	 * @param revision the revision
	 * @return the class name
	 */
	public static String className(NewRevision revision) {
		return "V" + revision.baseName();
	}

	private static String oneLine(String text) {
		return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
	}

	private static String yamlIds(List<String> ids, String none) {
		if (ids.isEmpty()) {
			return none;
		}
		return (ids.size() == 1) ? ids.get(0) : "[" + String.join(", ", ids) + "]";
	}

	private static String yamlString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String javaString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String javaArray(List<String> items) {
		if (items.size() == 1) {
			return javaString(items.get(0));
		}
		return items.stream().map(RevisionTemplate::javaString).collect(Collectors.joining(", ", "{ ", " }"))
			.replace("{  }", "{}");
	}

}
