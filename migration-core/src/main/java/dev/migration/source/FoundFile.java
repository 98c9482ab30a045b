package dev.migration.source;

import dev.migration.revision.InvalidRevisionsException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A file found while scanning a location: its text, or the problem that kept it from being read.
 *
 * @param file the file, with empty content when it could not be read
 * @param identity where the file physically is (its absolute path, or jar and entry), so that a
 * file reached through two overlapping locations is read once
 * @param problem why the file could not be read, or {@code null}
 */
record FoundFile(RevisionFile file, String identity, @Nullable Problem problem) {
}
