package dev.migration.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.migration.MigrationException;
import dev.migration.revision.InvalidRevisionsException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists and reads the files of a {@link Location}, sub-folders included: folders on disk, and on
 * the class path folders, plain jars and nested jars (Spring Boot's executable jars, whose class
 * loader hands out {@code jar:nested:...!/BOOT-INF/classes/!/db/revisions} URLs). Any
 * {@code jar:} URL is listed through its {@link JarURLConnection}. Files and folders whose name
 * starts with {@code .} are skipped (editor backups, Kubernetes' {@code ..data} links).
 * <p>
 * On the class path, a folder is found in a jar only when the jar has an entry for the folder
 * itself, as the jars that Maven, Gradle and Spring Boot build do.
 */
final class LocationScanner {

	private static final Logger logger = LoggerFactory.getLogger(LocationScanner.class);

	private final ClassLoader classLoader;

	LocationScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Reads the files of a location whose names pass a filter.
	 * @param location the location
	 * @param accepts which file names to read
	 * @param found where the files go
	 * @return whether the location exists
	 */
	boolean scan(Location location, Predicate<String> accepts, List<FoundFile> found) {
		return switch (location.kind()) {
			case FILESYSTEM -> scanFolder(location, Paths.get(location.path()), accepts, found);
			case CLASSPATH -> scanClasspath(location, accepts, found);
		};
	}

	private boolean scanClasspath(Location location, Predicate<String> accepts, List<FoundFile> found) {
		Set<String> seen = new LinkedHashSet<>();
		boolean exists = false;
		for (URL url : resources(location)) {
			if (!seen.add(url.toExternalForm())) {
				continue;
			}
			exists = true;
			if (url.getProtocol().equals("file")) {
				scanFolder(location, toPath(url), accepts, found);
			}
			else {
				scanJar(location, url, accepts, found);
			}
		}
		return exists;
	}

	private List<URL> resources(Location location) {
		try {
			return Collections.list(this.classLoader.getResources(location.path()));
		}
		catch (IOException ex) {
			throw new MigrationException("Cannot look up " + location + " on the class path: " + ex.getMessage(), ex);
		}
	}

	private static Path toPath(URL url) {
		try {
			return Paths.get(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new MigrationException("Cannot read the class path folder " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean scanFolder(Location location, Path root, Predicate<String> accepts, List<FoundFile> found) {
		if (!Files.exists(root)) {
			return false;
		}
		if (!Files.isDirectory(root)) {
			String fileName = root.getFileName().toString();
			if (accepts.test(fileName)) {
				found.add(readFile(location.resolve(""), fileName, root));
			}
			return true;
		}
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new FolderVisitor(location, root, accepts, found));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return true;
	}

	private static FoundFile readFile(String fileLocation, String fileName, Path path) {
		try {
			return read(fileLocation, fileName, path.toAbsolutePath().normalize().toString(), Files.readAllBytes(path));
		}
		catch (IOException ex) {
			return unreadable(fileLocation, fileName, path.toString(), ex);
		}
	}

	private static void scanJar(Location location, URL url, Predicate<String> accepts, List<FoundFile> found) {
		try {
			URLConnection connection = url.openConnection();
			if (!(connection instanceof JarURLConnection jarConnection)) {
				throw new MigrationException("Cannot list " + location + " in " + url + ": the class path holds it in a '"
						+ url.getProtocol() + ":' resource, which cannot be listed. Use a filesystem: location instead.");
			}
			jarConnection.setUseCaches(false);
			try (JarFile jar = jarConnection.getJarFile()) {
				String entryName = (jarConnection.getEntryName() != null) ? jarConnection.getEntryName() : "";
				String jarIdentity = jarConnection.getJarFileURL().toExternalForm() + "!/";
				JarEntry single = entryName.isEmpty() ? null : jar.getJarEntry(entryName);
				if (single != null && !single.isDirectory()) {
					String fileName = entryName.substring(entryName.lastIndexOf('/') + 1);
					if (accepts.test(fileName)) {
						found.add(readEntry(jar, single, location.resolve(""), fileName, jarIdentity));
					}
					return;
				}
				String prefix = (entryName.isEmpty() || entryName.endsWith("/")) ? entryName : entryName + "/";
				Enumeration<JarEntry> entries = jar.entries();
				while (entries.hasMoreElements()) {
					JarEntry entry = entries.nextElement();
					String name = entry.getName();
					if (entry.isDirectory() || !name.startsWith(prefix)) {
						continue;
					}
					String relative = name.substring(prefix.length());
					String fileName = relative.substring(relative.lastIndexOf('/') + 1);
					if (isHidden(relative)) {
						continue;
					}
					if (accepts.test(fileName)) {
						found.add(readEntry(jar, entry, location.resolve(relative), fileName, jarIdentity));
					}
					else {
						logger.debug("Skipping {}: no revision file parser reads it", location.resolve(relative));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new MigrationException("Cannot list " + location + " in " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean isHidden(String relativePath) {
		return relativePath.startsWith(".") || relativePath.contains("/.");
	}

	private static FoundFile readEntry(JarFile jar, JarEntry entry, String fileLocation, String fileName,
			String jarIdentity) {
		String identity = jarIdentity + entry.getName();
		try (InputStream input = jar.getInputStream(entry)) {
			return read(fileLocation, fileName, identity, input.readAllBytes());
		}
		catch (IOException ex) {
			return unreadable(fileLocation, fileName, identity, ex);
		}
	}

	private static FoundFile read(String fileLocation, String fileName, String identity, byte[] bytes) {
		try {
			String content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new FoundFile(new RevisionFile(fileLocation, fileName, content), identity, null);
		}
		catch (CharacterCodingException ex) {
			return new FoundFile(new RevisionFile(fileLocation, fileName, ""), identity, new Problem(fileLocation, 0,
					"The file is not valid UTF-8. Save it with the UTF-8 encoding."));
		}
	}

	private static FoundFile unreadable(String fileLocation, String fileName, String identity, IOException ex) {
		return new FoundFile(new RevisionFile(fileLocation, fileName, ""), identity,
				new Problem(fileLocation, 0, "The file cannot be read: " + ex + ". Check that it exists and is readable."));
	}

	/**
	 * Walks a folder on disk, following links, skipping hidden files and folders.
	 */
	private static final class FolderVisitor extends SimpleFileVisitor<Path> {

		private final Location location;

		private final Path root;

		private final Predicate<String> accepts;

		private final List<FoundFile> found;

		FolderVisitor(Location location, Path root, Predicate<String> accepts, List<FoundFile> found) {
			this.location = location;
			this.root = root;
			this.accepts = accepts;
			this.found = found;
		}

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
			boolean hidden = !dir.equals(this.root) && dir.getFileName().toString().startsWith(".");
			return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			String fileName = file.getFileName().toString();
			if (fileName.startsWith(".") || !attributes.isRegularFile()) {
				return FileVisitResult.CONTINUE;
			}
			String fileLocation = this.location.resolve(relative(file));
			if (this.accepts.test(fileName)) {
				this.found.add(readFile(fileLocation, fileName, file));
			}
			else {
				logger.debug("Skipping {}: no revision file parser reads it", fileLocation);
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException ex) {
			if (ex instanceof FileSystemLoopException) {
				logger.warn("Skipping {}: a link leads back to a folder above it", file);
				return FileVisitResult.CONTINUE;
			}
			String fileLocation = this.location.resolve(relative(file));
			this.found.add(unreadable(fileLocation, file.getFileName().toString(), file.toString(), ex));
			return FileVisitResult.CONTINUE;
		}

		private String relative(Path file) {
			List<String> names = new ArrayList<>();
			for (Path name : this.root.relativize(file)) {
				names.add(name.toString());
			}
			return String.join("/", names);
		}

	}

}
