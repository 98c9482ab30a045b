/**
 * The {@code migrations} health indicator.
 */
@NullMarked
package dev.migration.boot.health;

import org.jspecify.annotations.NullMarked;
