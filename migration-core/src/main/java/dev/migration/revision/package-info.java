/**
 * Revisions and the graph they form, with Alembic's semantics: heads, bases, branch points, merge
 * points, branch labels, dependencies, the identifier grammar, and plans for upgrade, downgrade
 * and stamp. Pure: nothing here touches a database or a file.
 */
@NullMarked
package dev.migration.revision;

import org.jspecify.annotations.NullMarked;
