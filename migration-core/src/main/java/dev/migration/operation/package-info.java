/**
 * The operation vocabulary: Alembic's {@code op.*} as immutable values, each with its inverse
 * where one exists.
 */
@NullMarked
package dev.migration.operation;

import org.jspecify.annotations.NullMarked;
