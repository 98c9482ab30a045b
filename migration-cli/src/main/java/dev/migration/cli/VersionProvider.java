package dev.migration.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * Prints {@code --version}: the version the jar was built as.
 */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/migration/cli/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return new String[] { "migration " + properties.getProperty("version", "(unknown version)") };
	}

}
