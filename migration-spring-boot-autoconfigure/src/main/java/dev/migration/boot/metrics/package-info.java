/**
 * Micrometer metrics of migration commands, revisions and pending revisions.
 */
@NullMarked
package dev.migration.boot.metrics;

import org.jspecify.annotations.NullMarked;
