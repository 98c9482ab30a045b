/**
 * Lint: rules over revisions that catch, before anything runs, what the usual migration advice
 * leaves to discipline: a {@code NOT NULL} column without a default, an index built without
 * {@code CONCURRENTLY}, a type change that rewrites a table, dropped data, a revision without a
 * downgrade, several heads, a message that says nothing. {@link dev.migration.lint.Linter} runs
 * the rules; a revision silences a rule for itself with a written reason
 * ({@code -- lint_ignore: rule-id (reason)}).
 */
@NullMarked
package dev.migration.lint;

import org.jspecify.annotations.NullMarked;
