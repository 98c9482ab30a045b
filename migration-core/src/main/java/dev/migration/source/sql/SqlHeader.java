package dev.migration.source.sql;

import java.util.List;

import dev.migration.revision.Revision;
import dev.migration.script.LintSuppression;

/**
 * The header of a SQL revision file, read.
 *
 * @param revision the revision it declares
 * @param transactional whether the revision runs in a transaction
 * @param lintSuppressions the lint rules it silences, from its {@code -- lint_ignore:} lines
 */
record SqlHeader(Revision revision, boolean transactional, List<LintSuppression> lintSuppressions) {

	SqlHeader {
		lintSuppressions = List.copyOf(lintSuppressions);
	}

}
