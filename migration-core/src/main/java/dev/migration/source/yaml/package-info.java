/**
 * YAML revision files: Alembic's {@code op.*} operations written as data, with their
 * downgrade derived from the operations' inverses when the file does not write one.
 */
@NullMarked
package dev.migration.source.yaml;

import org.jspecify.annotations.NullMarked;
