package dev.migration.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.migration.MigrationResult;
import dev.migration.testsupport.TestDatabase;

/**
 * Starts runners together: in threads of this JVM, or in JVMs of their own.
 */
final class ConcurrentRunners {

	private ConcurrentRunners() {
	}

	/** Runs {@code count} migrators in threads, all released at once; returns the steps each ran. */
	static List<Integer> inThreads(int count, RevisionFiles files, TestDatabase db) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return files.migrator(db.dataSource()).upgrade("heads");
				}));
			}
			start.countDown();
			List<Integer> steps = new ArrayList<>();
			for (Future<MigrationResult> result : results) {
				steps.add(result.get(5, TimeUnit.MINUTES).steps().size());
			}
			return steps;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** Starts a runner JVM; its output goes to the returned process. */
	static Process startJvm(TestDatabase db, Path folder) throws IOException {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				RunnerMain.class.getName(), db.jdbcUrl(), db.user(), db.password(), folder.toString());
		builder.redirectErrorStream(true);
		return builder.start();
	}

	/** Runs {@code count} runner JVMs at once; returns each one's exit code and output. */
	static List<String> inJvms(int count, TestDatabase db, Path folder) throws Exception {
		List<Process> processes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			processes.add(startJvm(db, folder));
		}
		List<String> outcomes = new ArrayList<>();
		for (Process process : processes) {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			boolean ended = process.waitFor(5, TimeUnit.MINUTES);
			outcomes.add((ended ? process.exitValue() : "timeout") + "|" + output);
		}
		return outcomes;
	}

}
