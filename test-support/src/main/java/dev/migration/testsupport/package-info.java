/**
 * JUnit 5 support for the project's own tests: a fresh database per test class.
 */
@NullMarked
package dev.migration.testsupport;

import org.jspecify.annotations.NullMarked;
