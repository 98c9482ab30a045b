package dev.migration.source;

import dev.migration.script.RevisionScript;

/**
 * Turns the text of one kind of revision file into a {@link RevisionScript}.
 */
public interface RevisionFileParser {

	/**
	 * Whether this parser reads files with the given name, by its extension.
	 * @param fileName the file's name
	 * @return whether it is this parser's format
	 */
	boolean supports(String fileName);

	/**
	 * Parses a revision file. Reports every problem of the file at once, each with the file's
	 * location, line and (where known) column.
	 * @param file the file
	 * @return the revision script
	 * @throws dev.migration.revision.InvalidRevisionsException listing the file's problems
	 */
	RevisionScript parse(RevisionFile file);

}
