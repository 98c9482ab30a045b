/**
 * Revision scripts: a revision's metadata together with what it does, and the context its
 * operations go to.
 */
@NullMarked
package dev.migration.script;

import org.jspecify.annotations.NullMarked;
