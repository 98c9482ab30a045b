/**
 * How each database spells things: identifier quoting, operations rendered to SQL, whether DDL
 * is transactional, which statements cannot run in a transaction, and how to lock.
 */
@NullMarked
package dev.migration.dialect;

import org.jspecify.annotations.NullMarked;
