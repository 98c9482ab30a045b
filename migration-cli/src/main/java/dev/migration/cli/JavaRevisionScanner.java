package dev.migration.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.java.JavaRevision;

/**
 * Finds the Java revisions of the project the command line runs in: compiled classes annotated
 * with {@code @RevisionInfo} in its classes folder ({@code target/classes} for Maven,
 * {@code build/classes/java/main} for Gradle), so that the command line sees the same revisions
 * as the application. Only classes whose bytes name the annotation are loaded.
 */
final class JavaRevisionScanner {

	private static final byte[] MARKER = "Ldev/migration/java/RevisionInfo;".getBytes(StandardCharsets.UTF_8);

	private JavaRevisionScanner() {
	}

	/** The classes folder of the project whose resources folder is given, if it has one. */
	static @Nullable Path classesFolder(Path resourcesFolder) {
		Path main = resourcesFolder.getParent();
		Path src = (main != null) ? main.getParent() : null;
		Path project = (src != null) ? src.getParent() : null;
		if (project == null) {
			return null;
		}
		for (Path candidate : List.of(project.resolve("target/classes"), project.resolve("build/classes/java/main"))) {
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Loads and creates every Java revision compiled into the folder. */
	static List<JavaRevision> scan(Path classes, ClassLoader parent) {
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			files.filter((file) -> file.toString().endsWith(".class") && mentionsRevisionInfo(file))
				.sorted()
				.forEach((file) -> names.add(className(classes, file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (names.isEmpty()) {
			return List.of();
		}
		URLClassLoader loader = new URLClassLoader(new URL[] { url(classes) }, parent);
		List<JavaRevision> revisions = new ArrayList<>();
		for (String name : names) {
			Class<?> type;
			try {
				type = Class.forName(name, false, loader);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw new MigrationException("Could not load the Java revision " + name + " from " + classes + ": " + ex
						+ ". The command line loads Java revisions without the application's other classes; keep them "
						+ "free of dependencies beyond the engine.");
			}
			if (!JavaRevision.class.isAssignableFrom(type)) {
				continue;
			}
			revisions.add(instantiate(type));
		}
		return revisions;
	}

	private static JavaRevision instantiate(Class<?> type) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (JavaRevision) constructor.newInstance();
		}
		catch (NoSuchMethodException ex) {
			throw new MigrationException("Java revision " + type.getName() + " has no constructor without arguments, "
					+ "so the command line cannot create it; give it one (revisions get what they need from "
					+ "the Operations they are handed)");
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			throw new MigrationException("Could not create the Java revision " + type.getName() + ": " + ex);
		}
	}

	private static boolean mentionsRevisionInfo(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			outer: for (int i = 0; i <= bytes.length - MARKER.length; i++) {
				for (int j = 0; j < MARKER.length; j++) {
					if (bytes[i + j] != MARKER[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String className(Path root, Path file) {
		String relative = root.relativize(file).toString();
		return relative.substring(0, relative.length() - ".class".length()).replace(java.io.File.separatorChar, '.');
	}

	private static URL url(Path folder) {
		try {
			return folder.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
