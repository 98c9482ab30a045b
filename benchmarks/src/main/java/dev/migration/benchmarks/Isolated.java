package dev.migration.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Runs a tool in a class loader of its own, so that the benchmark's class loader has not loaded,
 * run or compiled any of the tool's classes afterwards: how a database is prepared for measuring
 * the first call of a fresh JVM.
 */
public final class Isolated {

	private Isolated() {
	}

	/**
	 * Brings a database to the latest revision with a tool loaded in a class loader of its own,
	 * which is dropped afterwards.
	 * @param tool the tool
	 * @param database the database's name
	 * @param root the folder {@link SmallRevisions#write} wrote
	 */
	static void startUp(Tool tool, String database, Path root) {
		List<URL> classPath = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			try {
				classPath.add(Path.of(entry).toUri().toURL());
			}
			catch (MalformedURLException ex) {
				throw new IllegalStateException("Cannot read the class path entry " + entry, ex);
			}
		}
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new),
				ClassLoader.getPlatformClassLoader())) {
			// Liquibase and Flyway look services and resources up in the context class loader.
			thread.setContextClassLoader(loader);
			Class.forName(Isolated.class.getName(), true, loader)
				.getMethod("run", String.class, String.class, String.class)
				.invoke(null, tool.name(), database, root.toString());
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException(tool + " failed to prepare " + database + ": " + ex.getCause(),
					ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot load the benchmarks in a class loader of their own", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * Runs inside the isolated class loader: the tool's start-up call over a pool of its own.
	 * @param tool the tool's name
	 * @param database the database's name
	 * @param root the folder of the migrations
	 */
	public static void run(String tool, String database, String root) {
		try (HikariDataSource dataSource = Postgres.pool(database)) {
			Tool.valueOf(tool).startUp(dataSource, Path.of(root));
		}
	}

}
