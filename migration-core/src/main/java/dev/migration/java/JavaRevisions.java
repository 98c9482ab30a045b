package dev.migration.java;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.operation.Operations;
import dev.migration.revision.Revision;
import dev.migration.script.LintSuppression;
import dev.migration.script.MigrationContext;
import dev.migration.script.RevisionScript;

/**
 * Turns {@link JavaRevision}s into revision scripts the engine runs.
 */
public final class JavaRevisions {

	private JavaRevisions() {
	}

	/**
	 * Returns the scripts of the given Java revisions.
	 * @param revisions the revisions, each annotated with {@link RevisionInfo}
	 * @return the scripts
	 * @throws MigrationException if a revision has no {@link RevisionInfo}
	 */
	public static List<RevisionScript> scripts(List<? extends JavaRevision> revisions) {
		List<RevisionScript> scripts = new ArrayList<>(revisions.size());
		for (JavaRevision revision : revisions) {
			scripts.add(script(revision));
		}
		return scripts;
	}

	/**
	 * Returns the script of a Java revision.
	 * @param revision the revision, annotated with {@link RevisionInfo}
	 * @return the script
	 * @throws MigrationException if it has no {@link RevisionInfo}
	 */
	public static RevisionScript script(JavaRevision revision) {
		Class<?> type = revision.getClass();
		RevisionInfo info = findInfo(type);
		if (info == null) {
			throw new MigrationException("Java revision " + type.getName() + " has no @RevisionInfo annotation; add "
					+ "@RevisionInfo(id = \"...\", downRevision = \"...\", message = \"...\") to the class");
		}
		Revision metadata = new Revision(info.id(), List.of(info.downRevision()), List.of(info.branchLabels()),
				List.of(info.dependsOn()), info.message(), info.createDate().isEmpty() ? null : info.createDate(),
				"java:" + type.getName());
		List<LintSuppression> suppressions = new ArrayList<>();
		for (String suppression : info.lintIgnore()) {
			suppressions.addAll(LintSuppression.parse(suppression, 0));
		}
		return new Script(revision, metadata, info.transactional(), overridesDowngrade(type),
				List.copyOf(suppressions));
	}

	private static @Nullable RevisionInfo findInfo(Class<?> type) {
		// Spring may hand over a subclass proxy of the annotated class.
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			RevisionInfo info = candidate.getAnnotation(RevisionInfo.class);
			if (info != null) {
				return info;
			}
		}
		return null;
	}

	private static boolean overridesDowngrade(Class<?> type) {
		try {
			return type.getMethod("downgrade", Operations.class).getDeclaringClass() != JavaRevision.class;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private record Script(JavaRevision target, Revision revision, boolean transactional, boolean hasDowngrade,
			List<LintSuppression> lintSuppressions) implements RevisionScript {

		@Override
		public @Nullable String checksum() {
			return this.target.checksum();
		}

		@Override
		public boolean declarative() {
			return false;
		}

		@Override
		public void upgrade(MigrationContext context) {
			run(context, true);
		}

		@Override
		public void downgrade(MigrationContext context) {
			if (!this.hasDowngrade) {
				throw new MigrationException("Revision " + this.revision.id() + " (" + this.revision.source()
						+ ") cannot be downgraded: its class does not override downgrade(Operations)");
			}
			run(context, false);
		}

		private void run(MigrationContext context, boolean upgrade) {
			Operations operations = new Operations(context);
			try {
				if (upgrade) {
					this.target.upgrade(operations);
				}
				else {
					this.target.downgrade(operations);
				}
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				Throwable cause = (ex instanceof InvocationTargetException invocation && invocation.getCause() != null)
						? invocation.getCause() : ex;
				throw new MigrationException("Java revision " + this.revision.id() + " failed: " + cause.getMessage(),
						cause);
			}
		}

	}

}
