package dev.migration.source;

/**
 * The text of one revision file, as found in a location.
 *
 * @param location where the file is, as users write locations, for example
 * {@code classpath:db/revisions/20241024_1430_ae1027a6acf_add_x.sql} or
 * {@code filesystem:/srv/app/revisions/x.yaml}; used in every message about the file
 * @param fileName the file's name, without folders
 * @param content the file's text, decoded as UTF-8
 */
public record RevisionFile(String location, String fileName, String content) {
}
