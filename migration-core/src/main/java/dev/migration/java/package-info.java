/**
 * Revisions written in Java: {@link dev.migration.java.JavaRevision} with its
 * {@link dev.migration.java.RevisionInfo} metadata, for data migrations and anything a SQL or
 * YAML file cannot say.
 */
@NullMarked
package dev.migration.java;

import org.jspecify.annotations.NullMarked;
