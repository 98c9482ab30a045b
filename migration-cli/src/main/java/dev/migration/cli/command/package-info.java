/**
 * The commands of the command line, one class each.
 */
@NullMarked
package dev.migration.cli.command;

import org.jspecify.annotations.NullMarked;
