/**
 * The engine's log on the command line: its warnings printed where the command prints, as
 * {@code WARNING: message}.
 */
@NullMarked
package dev.migration.cli.log;

import org.jspecify.annotations.NullMarked;
