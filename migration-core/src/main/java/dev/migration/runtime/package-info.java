/**
 * The runtime: the version table, the revision log, the migration lock, and the executor that
 * runs a plan online or renders it as an offline script.
 */
@NullMarked
package dev.migration.runtime;

import org.jspecify.annotations.NullMarked;
