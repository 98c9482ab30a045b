package dev.migration.source.yaml;

import java.util.List;
import java.util.Objects;

import dev.migration.MigrationException;
import dev.migration.revision.Revision;
import dev.migration.script.LintSuppression;
import dev.migration.script.MigrationContext;
import dev.migration.script.RevisionScript;
import org.jspecify.annotations.Nullable;

/**
 * A revision read from a YAML file: its operations, each with the line that declares it, and its
 * downgrade, written in the file or derived from the upgrade's inverses.
 */
public final class YamlRevisionScript implements RevisionScript {

	private final Revision revision;

	private final String checksum;

	private final boolean transactional;

	private final List<LocatedOperation> upgrade;

	private final @Nullable List<LocatedOperation> downgrade;

	private final boolean downgradeDerived;

	private final @Nullable String noDowngrade;

	private final List<LintSuppression> lintSuppressions;

	private YamlRevisionScript(Revision revision, String checksum, boolean transactional,
			List<LocatedOperation> upgrade, @Nullable List<LocatedOperation> downgrade, boolean downgradeDerived,
			@Nullable String noDowngrade, List<LintSuppression> lintSuppressions) {
		this.revision = revision;
		this.checksum = checksum;
		this.transactional = transactional;
		this.upgrade = List.copyOf(upgrade);
		this.downgrade = (downgrade != null) ? List.copyOf(downgrade) : null;
		this.downgradeDerived = downgradeDerived;
		this.noDowngrade = noDowngrade;
		this.lintSuppressions = List.copyOf(lintSuppressions);
	}

	/**
	 * A revision whose file writes its downgrade, or whose downgrade was derived.
	 */
	static YamlRevisionScript withDowngrade(Revision revision, String checksum, boolean transactional,
			List<LocatedOperation> upgrade, List<LocatedOperation> downgrade, boolean derived) {
		return new YamlRevisionScript(revision, checksum, transactional, upgrade, downgrade, derived, null, List.of());
	}

	/**
	 * A revision that cannot be downgraded.
	 * @param reason the whole message of the error a downgrade raises
	 */
	static YamlRevisionScript withoutDowngrade(Revision revision, String checksum, boolean transactional,
			List<LocatedOperation> upgrade, String reason) {
		return new YamlRevisionScript(revision, checksum, transactional, upgrade, null, false,
				Objects.requireNonNull(reason), List.of());
	}

	/**
	 * Returns a copy of this script that silences the given lint rules.
	 */
	YamlRevisionScript withLintSuppressions(List<LintSuppression> suppressions) {
		return new YamlRevisionScript(this.revision, this.checksum, this.transactional, this.upgrade, this.downgrade,
				this.downgradeDerived, this.noDowngrade, suppressions);
	}

	@Override
	public Revision revision() {
		return this.revision;
	}

	@Override
	public String checksum() {
		return this.checksum;
	}

	@Override
	public boolean transactional() {
		return this.transactional;
	}

	@Override
	public List<LintSuppression> lintSuppressions() {
		return this.lintSuppressions;
	}

	@Override
	public boolean hasDowngrade() {
		return this.downgrade != null;
	}

	/**
	 * Whether the downgrade was derived from the upgrade's inverses, the file having no
	 * {@code downgrade:} section.
	 * @return whether it was derived
	 */
	public boolean isDowngradeDerived() {
		return this.downgradeDerived;
	}

	/**
	 * Returns the upgrade's operations, in order.
	 * @return the operations
	 */
	public List<LocatedOperation> upgradeOperations() {
		return this.upgrade;
	}

	/**
	 * Returns the downgrade's operations, in order. A derived downgrade's operations carry the
	 * position of the upgrade operation each one reverses.
	 * @return the operations
	 * @throws MigrationException if the revision cannot be downgraded, saying why
	 */
	public List<LocatedOperation> downgradeOperations() {
		if (this.downgrade == null) {
			throw new MigrationException(Objects.requireNonNull(this.noDowngrade));
		}
		return this.downgrade;
	}

	@Override
	public void upgrade(MigrationContext context) {
		apply(this.upgrade, context);
	}

	@Override
	public void downgrade(MigrationContext context) {
		apply(downgradeOperations(), context);
	}

	private static void apply(List<LocatedOperation> operations, MigrationContext context) {
		for (LocatedOperation operation : operations) {
			context.apply(operation.operation(), operation.line());
		}
	}

	@Override
	public String toString() {
		return "YAML revision '" + this.revision.id() + "' (" + this.revision.source() + ")";
	}

}
