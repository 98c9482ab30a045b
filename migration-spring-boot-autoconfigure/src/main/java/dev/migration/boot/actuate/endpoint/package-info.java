/**
 * The {@code migrations} Actuator endpoint.
 */
@NullMarked
package dev.migration.boot.actuate.endpoint;

import org.jspecify.annotations.NullMarked;
