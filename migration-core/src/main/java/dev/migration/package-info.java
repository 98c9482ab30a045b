/**
 * The migration engine: revisions, the revision graph, plans and the runtime that applies them.
 */
@NullMarked
package dev.migration;

import org.jspecify.annotations.NullMarked;
