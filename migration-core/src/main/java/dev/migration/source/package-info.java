/**
 * Where revisions come from: locations, scanning, and the parsers of each file format.
 */
@NullMarked
package dev.migration.source;

import org.jspecify.annotations.NullMarked;
