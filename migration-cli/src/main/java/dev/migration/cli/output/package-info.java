/**
 * How the command line prints revisions: Alembic's lines, JSON, and progress.
 */
@NullMarked
package dev.migration.cli.output;

import org.jspecify.annotations.NullMarked;
