package dev.migration.cli.scaffold;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.cli.Workspace;
import dev.migration.revision.Revision;
import dev.migration.revision.RevisionException;
import dev.migration.revision.RevisionGraph;
import dev.migration.source.Location;

/**
 * Writes new revision files, for {@code revision} and {@code merge}, with the checks Alembic's
 * {@code ScriptDirectory.generate_revision} makes: the new revision follows heads (unless
 * {@code --splice}), its id and branch labels are new, its dependencies exist, and its folder is
 * one of the revision locations.
 */
public final class RevisionScaffold {

	private static final String MULTIPLE_HEADS = "Multiple heads are present; please specify the head revision on "
			+ "which the new revision should be based, or perform a merge.";

	private final Workspace workspace;

	/**
	 * Creates a scaffold over a project.
	 * @param workspace the project
	 */
	public RevisionScaffold(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * What to create.
	 *
	 * @param message the message
	 * @param template the file format
	 * @param revisionId the id, or {@code null} for a random one
	 * @param heads the identifiers of the revisions to follow ({@code head}, {@code base}, ids,
	 * {@code heads}, {@code label@head}, ...)
	 * @param splice whether the revisions followed may be other than heads
	 * @param branchLabels the new revision's branch labels
	 * @param dependsOn the revisions or branch labels it depends on
	 * @param versionPath the folder to write to, or {@code null} for the revision location's
	 * @param merge whether the revision is a merge, which must follow two revisions or more
	 */
	public record Request(String message, RevisionTemplate template, @Nullable String revisionId, List<String> heads,
			boolean splice, List<String> branchLabels, List<String> dependsOn, @Nullable String versionPath,
			boolean merge) {
	}

	/**
	 * Creates a revision file.
	 * @param request what to create
	 * @param now the time the revision is dated with
	 * @return the file written
	 * @throws MigrationException if a check fails or the file cannot be written
	 */
	public Path create(Request request, LocalDateTime now) {
		RevisionGraph graph = this.workspace.graph();
		String id = (request.revisionId() != null) ? checkedId(graph, request.revisionId()) : randomId();
		List<Revision> parents = parents(graph, request.heads());
		if (request.merge() && parents.size() < 2) {
			throw new MigrationException("Nothing to merge: " + String.join(" ", request.heads())
					+ ((parents.size() == 1) ? " names a single revision" : " names no revision")
					+ "; a merge needs two or more, for example: migration merge heads");
		}
		if (!request.splice()) {
			for (Revision parent : parents) {
				if (!graph.isHead(parent.id())) {
					throw new MigrationException("Revision " + parent.id() + " is not a head revision; please specify "
							+ "--splice to create a new branch from this revision");
				}
			}
		}
		for (String label : request.branchLabels()) {
			checkLabel(graph, id, label);
		}
		List<String> dependsOn = new ArrayList<>();
		for (String dependency : request.dependsOn()) {
			dependsOn.add(dependency(graph, dependency));
		}
		NewRevision revision = new NewRevision(id, parents.stream().map(Revision::id).toList(), request.branchLabels(),
				dependsOn, request.message(), now);
		Path folder = folder(request, parents);
		String javaPackage = (request.template() == RevisionTemplate.JAVA) ? javaPackage(folder) : "";
		Path file = folder.resolve(request.template().fileName(revision));
		try {
			Files.createDirectories(folder);
			Files.writeString(file, request.template().render(revision, javaPackage,
					!javaPackage.isEmpty() && isSpringProject(folder)), StandardOpenOption.CREATE_NEW);
		}
		catch (FileAlreadyExistsException ex) {
			throw new MigrationException("File " + file + " already exists; give another --rev-id or message", ex);
		}
		catch (IOException ex) {
			throw new MigrationException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
		return file;
	}

	/**
	 * Returns a new random revision id: 12 hexadecimal digits, as Alembic's {@code rev_id()}.
	 * @return the id
	 */
	public static String randomId() {
		String hex = UUID.randomUUID().toString().replace("-", "");
		return hex.substring(hex.length() - 12);
	}

	private static String checkedId(RevisionGraph graph, String id) {
		if (!Revision.isValidId(id)) {
			throw new MigrationException("Revision id '" + id + "' is not valid: use only letters, digits and '_' "
					+ "(no '@', '-', '+', ':' or spaces)");
		}
		if (graph.contains(id)) {
			throw new MigrationException("Revision id '" + id + "' is already used by " + graph.get(id).source()
					+ "; give another --rev-id");
		}
		return id;
	}

	private static List<Revision> parents(RevisionGraph graph, List<String> heads) {
		List<Revision> parents = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String head : heads) {
			List<Revision> resolved;
			try {
				resolved = graph.resolve(head);
			}
			catch (RevisionException ex) {
				String message = ex.getMessage();
				if (message != null && message.startsWith("Multiple head revisions are present")) {
					throw new RevisionException(MULTIPLE_HEADS);
				}
				throw ex;
			}
			for (Revision revision : resolved) {
				if (!seen.add(revision.id())) {
					throw new MigrationException("Duplicate head revisions specified");
				}
				parents.add(revision);
			}
		}
		return parents;
	}

	private static void checkLabel(RevisionGraph graph, String id, String label) {
		if (!Revision.isValidId(label)) {
			throw new MigrationException("Branch label '" + label + "' is not valid: use only letters, digits and '_'");
		}
		if (graph.contains(label)) {
			throw new MigrationException("Branch name '" + label + "' in revision " + id
					+ " is already the id of revision " + label + "; choose another label");
		}
		for (Revision revision : graph.revisions()) {
			if (revision.branchLabels().contains(label)) {
				throw new MigrationException("Branch name '" + label + "' in revision " + id
						+ " already used by revision " + revision.id() + " (" + revision.source() + ")");
			}
		}
	}

	/** A branch label stays a label; a revision, even a prefix, becomes its full id. */
	private static String dependency(RevisionGraph graph, String dependency) {
		Revision revision = graph.resolveOne(dependency);
		if (revision == null) {
			throw new MigrationException("--depends-on " + dependency + " names no revision; name a revision or a "
					+ "branch label");
		}
		return graph.branchLabels(revision.id()).contains(dependency) ? dependency : revision.id();
	}

	private Path folder(Request request, List<Revision> parents) {
		Path workingDirectory = this.workspace.invocation().workingDirectory();
		if (request.versionPath() != null) {
			Path folder = workingDirectory.resolve(request.versionPath()).normalize();
			if (request.template() != RevisionTemplate.JAVA && locationFolders().stream().noneMatch(folder::startsWith)) {
				throw new MigrationException("Path " + folder + " is not represented in current version locations ("
						+ this.workspace.configuration().locations().value() + "); choose a folder inside one of them, "
						+ "or add it to --locations");
			}
			return folder;
		}
		if (request.template() == RevisionTemplate.JAVA) {
			throw new MigrationException("A Java revision is a class of the application: say where it goes with "
					+ "--version-path, for example --version-path src/main/java/com/example/db/revisions (a package "
					+ "the application scans for beans)");
		}
		List<Path> folders = locationFolders();
		if (folders.size() == 1) {
			return folders.get(0);
		}
		for (Revision parent : parents) {
			Path file = this.workspace.pathOf(parent);
			if (file != null && file.getParent() != null) {
				return file.getParent();
			}
		}
		throw new MigrationException("Multiple version locations present, please specify --version-path");
	}

	private List<Path> locationFolders() {
		List<Path> folders = new ArrayList<>();
		for (Location location : this.workspace.locations()) {
			folders.add(this.workspace.folderOf(location));
		}
		return folders;
	}

	/**
	 * Whether the project a Java source folder belongs to builds with Spring: its Maven or Gradle
	 * build names Spring or the starter.
	 */
	private static boolean isSpringProject(Path javaFolder) {
		Path project = javaFolder;
		while (project != null && !(project.getFileName() != null && project.getFileName().toString().equals("src"))) {
			project = project.getParent();
		}
		if (project == null || project.getParent() == null) {
			return false;
		}
		for (String build : List.of("pom.xml", "build.gradle", "build.gradle.kts")) {
			Path file = project.getParent().resolve(build);
			try {
				String text = Files.isRegularFile(file) ? Files.readString(file) : "";
				if (text.contains("org.springframework") || text.contains("migration-spring-boot-starter")) {
					return true;
				}
			}
			catch (IOException ex) {
				throw new MigrationException(
						"Cannot read " + file + " to tell whether the project uses Spring: " + ex.getMessage(), ex);
			}
		}
		return false;
	}

	private static String javaPackage(Path folder) {
		List<String> names = new ArrayList<>();
		folder.forEach((name) -> names.add(name.toString()));
		for (int i = names.size() - 3; i >= 0; i--) {
			if (names.get(i).equals("src") && names.get(i + 2).equals("java")) {
				return String.join(".", names.subList(i + 3, names.size()));
			}
		}
		throw new MigrationException("Cannot tell the Java package of " + folder + ": put Java revisions in a package "
				+ "folder under src/main/java");
	}

}
