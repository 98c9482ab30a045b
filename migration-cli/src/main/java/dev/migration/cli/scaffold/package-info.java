/**
 * Files the command line writes: new revisions, and the configuration {@code init} creates.
 */
@NullMarked
package dev.migration.cli.scaffold;

import org.jspecify.annotations.NullMarked;
