package dev.migration.boot.actuate.endpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

import dev.migration.MigrationStatus;
import dev.migration.Migrator;
import dev.migration.RevisionState;
import dev.migration.RevisionStatus;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionException;
import dev.migration.revision.RevisionGraph;

/**
 * {@link Endpoint @Endpoint} that reports where the database of each {@link Migrator} bean
 * stands: the current revisions, the heads, what is pending, and every known revision with its
 * state. Read-only; {@link WritableMigrationsEndpoint} adds the commands.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final ApplicationContext context;

	/**
	 * Creates an endpoint over the migrators of a context and its ancestors.
	 * @param context the context
	 */
	public MigrationsEndpoint(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Returns the migrators of this context and its ancestors, each with its database's status.
	 * @return the migrators, by context id and bean name
	 */
	@ReadOperation
	public MigrationsDescriptor migrations() {
		Map<@Nullable String, ContextMigratorsDescriptor> contexts = new LinkedHashMap<>();
		for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
			Map<String, MigratorDescriptor> migrators = new LinkedHashMap<>();
			target.getBeansOfType(Migrator.class)
				.forEach((name, migrator) -> migrators.put(name, new MigratorDescriptor(migrator.status())));
			ApplicationContext parent = target.getParent();
			contexts.put(target.getId(),
					new ContextMigratorsDescriptor(migrators, (parent != null) ? parent.getId() : null));
		}
		return new MigrationsDescriptor(contexts);
	}

	/**
	 * Returns one revision in detail, as {@code show} prints it, with where the database stands
	 * on it: from the first migrator, in this context and then its ancestors, that knows it.
	 * @param revision a revision id, a unique prefix of one, {@code head}, {@code label@head}, ...
	 * @return the revision, or {@code null} (404) when no migrator knows it
	 */
	@ReadOperation
	public @Nullable RevisionDetailDescriptor revision(@Selector String revision) {
		for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
			for (Map.Entry<String, Migrator> entry : target.getBeansOfType(Migrator.class).entrySet()) {
				RevisionDetailDescriptor found = find(entry.getValue(), revision, target.getId(), entry.getKey());
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static @Nullable RevisionDetailDescriptor find(Migrator migrator, String identifier,
			@Nullable String contextId, String migratorName) {
		MigrationStatus status = migrator.status();
		RevisionGraph graph = migrator.graph();
		String id = identifier;
		if (status.history().stream().noneMatch((candidate) -> candidate.revision().equals(identifier))) {
			try {
				Revision resolved = graph.resolveOne(identifier);
				if (resolved == null) {
					return null;
				}
				id = resolved.id();
			}
			catch (RevisionException ex) {
				if (String.valueOf(ex.getMessage()).startsWith("Can't locate")) {
					return null;
				}
				throw new InvalidEndpointRequestException(ex.getMessage(), ex.getMessage());
			}
		}
		String found = id;
		RevisionStatus revision = status.history()
			.stream()
			.filter((candidate) -> candidate.revision().equals(found))
			.findFirst()
			.orElse(null);
		if (revision == null) {
			return null;
		}
		Revision node = graph.find(found).orElse(null);
		return new RevisionDetailDescriptor(contextId, migratorName, revision, node, graph);
	}

	/**
	 * The migrators of an application, by context id.
	 */
	public static final class MigrationsDescriptor implements OperationResponseBody {

		private final Map<@Nullable String, ContextMigratorsDescriptor> contexts;

		private MigrationsDescriptor(Map<@Nullable String, ContextMigratorsDescriptor> contexts) {
			this.contexts = contexts;
		}

		public Map<@Nullable String, ContextMigratorsDescriptor> getContexts() {
			return this.contexts;
		}

	}

	/**
	 * The migrators of one application context, by bean name.
	 */
	public static final class ContextMigratorsDescriptor {

		private final Map<String, MigratorDescriptor> migrators;

		private final @Nullable String parentId;

		private ContextMigratorsDescriptor(Map<String, MigratorDescriptor> migrators, @Nullable String parentId) {
			this.migrators = migrators;
			this.parentId = parentId;
		}

		public Map<String, MigratorDescriptor> getMigrators() {
			return this.migrators;
		}

		public @Nullable String getParentId() {
			return this.parentId;
		}

	}

	/**
	 * Where a migrator's database stands.
	 */
	public static final class MigratorDescriptor {

		private final List<String> current;

		private final List<String> heads;

		private final List<PendingRevisionDescriptor> pending;

		private final List<RevisionDescriptor> history;

		private MigratorDescriptor(MigrationStatus status) {
			this.current = status.current();
			this.heads = status.heads();
			this.pending = status.pending().stream().map(PendingRevisionDescriptor::new).toList();
			this.history = status.history().stream().map(RevisionDescriptor::new).toList();
		}

		/**
		 * Returns the rows of the version table.
		 * @return the current revisions
		 */
		public List<String> getCurrent() {
			return this.current;
		}

		/**
		 * Returns the heads of the revision files.
		 * @return the heads
		 */
		public List<String> getHeads() {
			return this.heads;
		}

		/**
		 * Returns the revisions an upgrade to the heads would run, in order.
		 * @return the pending revisions
		 */
		public List<PendingRevisionDescriptor> getPending() {
			return this.pending;
		}

		/**
		 * Returns every known revision, newest first.
		 * @return the revisions
		 */
		public List<RevisionDescriptor> getHistory() {
			return this.history;
		}

	}

	/**
	 * A revision an upgrade would run.
	 */
	public static final class PendingRevisionDescriptor {

		private final String revision;

		private final List<String> downRevisions;

		private final String message;

		private final RevisionState state;

		private PendingRevisionDescriptor(RevisionStatus status) {
			this.revision = status.revision();
			this.downRevisions = status.downRevisions();
			this.message = status.message();
			this.state = status.state();
		}

		public String getRevision() {
			return this.revision;
		}

		public List<String> getDownRevisions() {
			return this.downRevisions;
		}

		public String getMessage() {
			return this.message;
		}

		public RevisionState getState() {
			return this.state;
		}

	}

	/**
	 * A known revision and where the database stands on it.
	 */
	public static class RevisionDescriptor {

		private final String revision;

		private final List<String> downRevisions;

		private final List<String> branchLabels;

		private final List<String> dependsOn;

		private final String message;

		private final @Nullable String source;

		private final RevisionState state;

		private final @Nullable Instant appliedAt;

		private final @Nullable Long executionTimeMs;

		private final @Nullable String checksum;

		RevisionDescriptor(RevisionStatus status) {
			this.revision = status.revision();
			this.downRevisions = status.downRevisions();
			this.branchLabels = status.branchLabels();
			this.dependsOn = status.dependsOn();
			this.message = status.message();
			this.source = status.source();
			this.state = status.state();
			this.appliedAt = status.appliedAt();
			this.executionTimeMs = status.executionTimeMs();
			this.checksum = status.checksum();
		}

		public String getRevision() {
			return this.revision;
		}

		public List<String> getDownRevisions() {
			return this.downRevisions;
		}

		public List<String> getBranchLabels() {
			return this.branchLabels;
		}

		public List<String> getDependsOn() {
			return this.dependsOn;
		}

		public String getMessage() {
			return this.message;
		}

		/**
		 * Returns the revision's file.
		 * @return the file; for a {@code MISSING} revision, the file the revision log recorded,
		 * or {@code null} when the log does not know
		 */
		public @Nullable String getSource() {
			return this.source;
		}

		public RevisionState getState() {
			return this.state;
		}

		/**
		 * Returns when the revision was last applied.
		 * @return the time, or {@code null} when it is pending or the log does not know
		 */
		public @Nullable Instant getAppliedAt() {
			return this.appliedAt;
		}

		/**
		 * Returns how long applying the revision took.
		 * @return milliseconds, or {@code null} when it is pending or the log does not know
		 */
		public @Nullable Long getExecutionTimeMs() {
			return this.executionTimeMs;
		}

		/**
		 * Returns the checksum of the revision's file now; for a {@code MISSING} revision the one
		 * recorded when it was applied.
		 * @return the checksum, or {@code null} when it is not tracked
		 */
		public @Nullable String getChecksum() {
			return this.checksum;
		}

	}

	/**
	 * One revision in detail: what {@code show} prints, and where the database stands on it.
	 */
	public static final class RevisionDetailDescriptor extends RevisionDescriptor implements OperationResponseBody {

		private final @Nullable String context;

		private final String migrator;

		private final List<String> nextRevisions;

		private final @Nullable String createDate;

		private final boolean head;

		private final boolean base;

		private final boolean branchPoint;

		private final boolean mergePoint;

		private final @Nullable String appliedChecksum;

		private RevisionDetailDescriptor(@Nullable String context, String migrator, RevisionStatus status,
				@Nullable Revision revision, RevisionGraph graph) {
			super(status);
			this.context = context;
			this.migrator = migrator;
			boolean known = revision != null;
			this.nextRevisions = known ? graph.children(status.revision()) : List.of();
			this.createDate = known ? revision.createDate() : null;
			this.head = known && graph.isHead(status.revision());
			this.base = known && revision.downRevisions().isEmpty();
			this.branchPoint = known && graph.isBranchPoint(status.revision());
			this.mergePoint = known && graph.isMergePoint(status.revision());
			this.appliedChecksum = status.appliedChecksum();
		}

		/**
		 * Returns the id of the application context of the migrator that knows the revision.
		 * @return the context id
		 */
		public @Nullable String getContext() {
			return this.context;
		}

		/**
		 * Returns the bean name of the migrator that knows the revision.
		 * @return the bean name
		 */
		public String getMigrator() {
			return this.migrator;
		}

		/**
		 * Returns the revisions that follow this one.
		 * @return the next revisions
		 */
		public List<String> getNextRevisions() {
			return this.nextRevisions;
		}

		public @Nullable String getCreateDate() {
			return this.createDate;
		}

		public boolean isHead() {
			return this.head;
		}

		public boolean isBase() {
			return this.base;
		}

		public boolean isBranchPoint() {
			return this.branchPoint;
		}

		public boolean isMergePoint() {
			return this.mergePoint;
		}

		/**
		 * Returns the checksum recorded when the revision was applied, which differs from
		 * {@link #getChecksum()} when it is {@code CHANGED}.
		 * @return the checksum, or {@code null} when it is not applied or not tracked
		 */
		public @Nullable String getAppliedChecksum() {
			return this.appliedChecksum;
		}

	}

}
