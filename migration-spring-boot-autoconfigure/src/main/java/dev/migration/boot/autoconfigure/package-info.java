/**
 * Auto-configuration of the migration engine: properties, the DataSource it migrates, the start-up
 * upgrade, and its extension points.
 */
@NullMarked
package dev.migration.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
