package dev.migration.runtime;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migration.MigrationResult;
import dev.migration.Migrator;
import dev.migration.source.Location;

/**
 * A runner in a JVM of its own, for tests of concurrent and killed runners: upgrades the database
 * at {@code args[0]} (user {@code args[1]}, password {@code args[2]}) to heads with the revisions
 * of folder {@code args[3]}, and prints how many steps it ran.
 */
public final class RunnerMain {

	private RunnerMain() {
	}

	public static void main(String[] args) throws SQLException {
		Migrator migrator = Migrator.builder()
			.dataSource(dataSource(args[0], args[1], args[2]))
			.settings(MigrationSettings.defaults().withLocations(List.of(Location.parse("filesystem:" + args[3]))))
			.build();
		MigrationResult result = migrator.upgrade("heads");
		System.out.println("RAN " + result.steps().size());
	}

	private static DataSource dataSource(String url, String user, String password) throws SQLException {
		if (url.startsWith("jdbc:postgresql:")) {
			PGSimpleDataSource postgres = new PGSimpleDataSource();
			postgres.setUrl(url);
			postgres.setUser(user);
			postgres.setPassword(password);
			return postgres;
		}
		MariaDbDataSource mariadb = new MariaDbDataSource(url);
		mariadb.setUser(user);
		mariadb.setPassword(password);
		return mariadb;
	}

}
