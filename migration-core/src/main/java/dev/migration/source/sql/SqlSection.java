package dev.migration.source.sql;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The text of one section ({@code -- upgrade} or {@code -- downgrade}) of a SQL revision file,
 * split into statements once per flavour, on first use. Thread-safe: two threads splitting at
 * once compute the same split, and either result is kept.
 */
final class SqlSection {

	private static final int FLAVOURS = SqlFlavour.values().length;

	private final String name;

	private final String text;

	private final int firstLine;

	private final AtomicReferenceArray<SqlSplit> splits = new AtomicReferenceArray<>(FLAVOURS);

	/**
	 * Creates a section.
	 * @param name {@code upgrade} or {@code downgrade}
	 * @param text the section's text, from the line after its {@code --} line to the next
	 * section or the end of the file
	 * @param firstLine the line of the file where the text starts
	 */
	SqlSection(String name, String text, int firstLine) {
		this.name = name;
		this.text = text;
		this.firstLine = firstLine;
	}

	String name() {
		return this.name;
	}

	/**
	 * Returns the section split with the rules of a flavour.
	 * @param flavour the flavour
	 * @return the split; its lines count from the start of the section's text
	 */
	SqlSplit split(SqlFlavour flavour) {
		SqlSplit split = this.splits.get(flavour.ordinal());
		if (split == null) {
			split = SqlStatementSplitter.split(this.text, flavour);
			this.splits.set(flavour.ordinal(), split);
		}
		return split;
	}

	/**
	 * Turns a line of the section's text into a line of the file.
	 * @param sectionLine the 1-based line in the section's text
	 * @return the 1-based line in the file
	 */
	int fileLine(int sectionLine) {
		return this.firstLine + sectionLine - 1;
	}

}
