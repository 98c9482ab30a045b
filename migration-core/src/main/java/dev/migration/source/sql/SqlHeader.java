package dev.migration.source.sql;

import dev.migration.revision.Revision;

/**
 * The header of a SQL revision file, read.
 *
 * @param revision the revision it declares
 * @param transactional whether the revision runs in a transaction
 */
record SqlHeader(Revision revision, boolean transactional) {
}
