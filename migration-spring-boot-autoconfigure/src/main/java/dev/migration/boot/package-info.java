/**
 * Spring support for the migration engine: what the auto-configuration, the health indicator and
 * the metrics share.
 */
@NullMarked
package dev.migration.boot;

import org.jspecify.annotations.NullMarked;
