/**
 * The command line, {@code bin/migration}: Alembic's commands over the engine.
 */
@NullMarked
package dev.migration.cli;

import org.jspecify.annotations.NullMarked;
