package dev.migration.boot.actuate.endpoint;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationContext;

import dev.migration.MigrationResult;
import dev.migration.Migrator;
import dev.migration.revision.RevisionException;
import dev.migration.revision.Step;
import dev.migration.runtime.AppliedStep;

/**
 * The {@code migrations} endpoint with its write operation: {@code POST} a command,
 * {@code upgrade}, {@code downgrade} or {@code stamp}, with its target. Only offered when
 * {@code migration.endpoint.write-operations-enabled} is {@code true}; access then follows
 * {@code management.endpoint.migrations.access}.
 *
 * <pre>
 * POST /actuator/migrations {"command": "upgrade", "target": "heads"}
 * POST /actuator/migrations {"command": "downgrade", "target": "-1"}
 * POST /actuator/migrations {"command": "stamp", "target": "ae1027a6acf", "purge": false}
 * </pre>
 */
public class WritableMigrationsEndpoint extends MigrationsEndpoint {

	private final ApplicationContext context;

	/**
	 * Creates an endpoint over the migrators of a context and its ancestors; commands go to the
	 * context's own migrators.
	 * @param context the context
	 */
	public WritableMigrationsEndpoint(ApplicationContext context) {
		super(context);
		this.context = context;
	}

	/**
	 * Runs a command, as the command line does.
	 * @param command {@code upgrade}, {@code downgrade} or {@code stamp}
	 * @param target the target: for {@code upgrade} {@code heads} unless given; for
	 * {@code stamp} one or more, separated by spaces or commas
	 * @param purge for {@code stamp}: whether to empty the version table first
	 * @param migrator the bean name of the migrator, when the context has several
	 * @return what the command did
	 */
	@WriteOperation
	public CommandDescriptor run(String command, @Nullable String target, @Nullable Boolean purge,
			@Nullable String migrator) {
		Migrator selected = migrator(migrator);
		try {
			MigrationResult result = switch (command) {
				case "upgrade" -> selected.upgrade((target != null) ? target : "heads");
				case "downgrade" -> selected.downgrade(required(command, target));
				case "stamp" -> selected.stamp(targets(required(command, target)), Boolean.TRUE.equals(purge));
				default -> throw new InvalidEndpointRequestException(
						"Unknown command '" + command + "': use upgrade, downgrade or stamp", "Unknown command");
			};
			return new CommandDescriptor(result);
		}
		catch (RevisionException ex) {
			throw new InvalidEndpointRequestException(ex.getMessage(), ex.getMessage());
		}
	}

	private Migrator migrator(@Nullable String name) {
		Map<String, Migrator> migrators = this.context.getBeansOfType(Migrator.class);
		if (name != null) {
			Migrator migrator = migrators.get(name);
			if (migrator == null) {
				throw new InvalidEndpointRequestException(
						"No migrator named '" + name + "'; the migrators are " + migrators.keySet(), "Unknown migrator");
			}
			return migrator;
		}
		if (migrators.size() != 1) {
			throw new InvalidEndpointRequestException("Name the migrator, one of " + migrators.keySet(),
					"Ambiguous migrator");
		}
		return migrators.values().iterator().next();
	}

	private static String required(String command, @Nullable String target) {
		if (target == null || target.isBlank()) {
			throw new InvalidEndpointRequestException(command + " needs a target", "Missing target");
		}
		return target;
	}

	private static List<String> targets(String target) {
		return Arrays.stream(target.split("[\\s,]+")).filter((item) -> !item.isEmpty()).toList();
	}

	/**
	 * What a command did.
	 */
	public static final class CommandDescriptor implements OperationResponseBody {

		private final String command;

		private final String target;

		private final List<String> fromHeads;

		private final List<String> toHeads;

		private final List<StepDescriptor> steps;

		private final long executionTimeMs;

		private CommandDescriptor(MigrationResult result) {
			this.command = result.command();
			this.target = result.target();
			this.fromHeads = result.fromHeads();
			this.toHeads = result.toHeads();
			this.steps = result.steps().stream().map(StepDescriptor::new).toList();
			this.executionTimeMs = result.duration().toMillis();
		}

		public String getCommand() {
			return this.command;
		}

		public String getTarget() {
			return this.target;
		}

		public List<String> getFromHeads() {
			return this.fromHeads;
		}

		public List<String> getToHeads() {
			return this.toHeads;
		}

		public List<StepDescriptor> getSteps() {
			return this.steps;
		}

		public long getExecutionTimeMs() {
			return this.executionTimeMs;
		}

	}

	/**
	 * One step a command ran.
	 */
	public static final class StepDescriptor {

		private final String kind;

		private final @Nullable String revision;

		private final List<String> from;

		private final List<String> to;

		private final String description;

		private final long executionTimeMs;

		private StepDescriptor(AppliedStep applied) {
			Step step = applied.step();
			this.kind = step.kind().verb();
			this.revision = (step.revision() != null) ? step.revision().id() : null;
			this.from = step.from();
			this.to = step.to();
			this.description = step.describe();
			this.executionTimeMs = applied.duration().toMillis();
		}

		public String getKind() {
			return this.kind;
		}

		public @Nullable String getRevision() {
			return this.revision;
		}

		public List<String> getFrom() {
			return this.from;
		}

		public List<String> getTo() {
			return this.to;
		}

		public String getDescription() {
			return this.description;
		}

		public long getExecutionTimeMs() {
			return this.executionTimeMs;
		}

	}

}
