/**
 * SQL revision files: the {@code -- key: value} header, the {@code -- upgrade} and
 * {@code -- downgrade} sections, and the splitting of a section into statements, per database.
 */
@NullMarked
package dev.migration.source.sql;

import org.jspecify.annotations.NullMarked;
