package dev.migration.source.sql;

import java.util.List;

import dev.migration.MigrationException;
import dev.migration.operation.Execute;
import dev.migration.revision.Revision;
import dev.migration.script.LintSuppression;
import dev.migration.script.MigrationContext;
import dev.migration.script.RevisionScript;
import org.jspecify.annotations.Nullable;

/**
 * A revision read from a SQL file: each statement of a section becomes an {@link Execute},
 * applied with the line of the file where the statement's text begins. Sections are split with
 * the rules of the database the context runs on. Immutable and thread-safe.
 */
final class SqlRevisionScript implements RevisionScript {

	private final Revision revision;

	private final String checksum;

	private final boolean transactional;

	private final List<LintSuppression> lintSuppressions;

	private final SqlSection upgrade;

	private final @Nullable SqlSection downgrade;

	SqlRevisionScript(SqlHeader header, String checksum, SqlSection upgrade, @Nullable SqlSection downgrade) {
		this.revision = header.revision();
		this.transactional = header.transactional();
		this.lintSuppressions = header.lintSuppressions();
		this.checksum = checksum;
		this.upgrade = upgrade;
		this.downgrade = downgrade;
	}

	@Override
	public Revision revision() {
		return this.revision;
	}

	/**
	 * Returns the SHA-256 of the file's text, after removing a leading byte order mark and turning
	 * {@code \r\n} and {@code \r} into {@code \n} (see
	 * {@link dev.migration.source.RevisionContent#checksum}): the same file checked out on any
	 * machine has the same checksum, any other edit, even to a comment, changes it, except to its
	 * {@code -- lint_ignore:} lines, which the checksum leaves out: they say how to lint the
	 * revision, not what it does, and acknowledging a finding must not make an applied revision
	 * a changed one.
	 */
	@Override
	public String checksum() {
		return this.checksum;
	}

	@Override
	public boolean transactional() {
		return this.transactional;
	}

	@Override
	public boolean hasDowngrade() {
		return this.downgrade != null;
	}

	@Override
	public List<LintSuppression> lintSuppressions() {
		return this.lintSuppressions;
	}

	@Override
	public void upgrade(MigrationContext context) {
		run(this.upgrade, context);
	}

	@Override
	public void downgrade(MigrationContext context) {
		if (this.downgrade == null) {
			throw new MigrationException("Revision '" + this.revision.id() + "' (" + this.revision.source()
					+ ") has no '-- downgrade' section, so it cannot be downgraded. Add a '-- downgrade' line after its "
					+ "upgrade statements, followed by the statements that undo them (nothing, if there is nothing to undo).");
		}
		run(this.downgrade, context);
	}

	private void run(SqlSection section, MigrationContext context) {
		SqlFlavour flavour = SqlFlavour.forDatabaseKind(context.databaseKind());
		SqlSplit split = section.split(flavour);
		SqlSplit.Unclosed unclosed = split.unclosed();
		if (unclosed != null) {
			throw new MigrationException(unclosedMessage(section, flavour, unclosed));
		}
		for (SqlStatement statement : split.statements()) {
			context.apply(new Execute(statement.sql()), section.fileLine(statement.line()));
		}
	}

	private String unclosedMessage(SqlSection section, SqlFlavour flavour, SqlSplit.Unclosed unclosed) {
		String hint = (flavour == SqlFlavour.MYSQL && unclosed.construct().equals("string literal"))
				? " MySQL and MariaDB read a backslash in a string as an escape: write '\\\\' for one backslash." : "";
		return this.revision.source() + ":" + section.fileLine(unclosed.line()) + ":" + unclosed.column() + ": the "
				+ unclosed.construct() + " that starts here, in the " + section.name() + " section of revision '"
				+ this.revision.id() + "', is never closed (no " + unclosed.closing()
				+ " follows), so it swallows the rest of the section. Close it, then run again." + hint + " (Split as "
				+ flavour.displayName() + " SQL.)";
	}

	@Override
	public String toString() {
		return "SqlRevisionScript[" + this.revision.id() + " from " + this.revision.source() + "]";
	}

}
