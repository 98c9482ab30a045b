/**
 * JUnit 5 support for an application's own test suite: one line asserts that every revision
 * round-trips (upgrade, downgrade, upgrade again, with the schema checked at each point) or that
 * the revisions pass the lint, on a Testcontainers or local database.
 * {@link dev.migration.test.MigrationAssertions} for plain assertions,
 * {@link dev.migration.test.MigrationTest} for an annotated test class.
 */
@NullMarked
package dev.migration.test;

import org.jspecify.annotations.NullMarked;
