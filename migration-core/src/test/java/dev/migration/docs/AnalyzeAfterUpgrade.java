package dev.migration.docs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.migration.MigrationResult;
import dev.migration.runtime.MigrationListener;

public class AnalyzeAfterUpgrade implements MigrationListener {

	private final DataSource dataSource;

	public AnalyzeAfterUpgrade(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void commandFinished(MigrationResult result) {
		if (!result.command().equals("upgrade") || result.steps().isEmpty()) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not refresh the statistics after the upgrade", ex);
		}
	}

}
