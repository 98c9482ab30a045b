/**
 * Where the command line's settings come from: flags, the environment, and configuration files.
 */
@NullMarked
package dev.migration.cli.config;

import org.jspecify.annotations.NullMarked;
