package dev.migration.revision;

import dev.migration.MigrationException;

/**
 * An identifier that cannot be resolved or a plan that cannot be made: "Can't locate revision
 * identified by 'x'", "Ambiguous walk", and the other refusals of Alembic's revision grammar.
 */
public class RevisionException extends MigrationException {

	private static final long serialVersionUID = 1L;

	public RevisionException(String message) {
		super(message);
	}

}
