package dev.migration.test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import dev.migration.Migrator;
import dev.migration.runtime.JdbcUrlDataSource;
import dev.migration.runtime.MigrationSettings;
import dev.migration.source.Location;

/**
 * Gives the methods of a {@link MigrationTest} class a {@link RevisionCheck}, configured by the
 * annotation. Use it through the annotation.
 */
public final class MigrationTestExtension implements ParameterResolver {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");


	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RevisionCheck.class;
	}

	@Override
	public RevisionCheck resolveParameter(ParameterContext parameter, ExtensionContext context) {
		MigrationTest settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MigrationTest.class)
			.orElseThrow(() -> new ParameterResolutionException(
					"A RevisionCheck parameter needs @MigrationTest on the test class"));
		String url = value(settings.url(), "url");
		if (url.isEmpty()) {
			throw new ExtensionConfigurationException("@MigrationTest on " + context.getRequiredTestClass().getName()
					+ " names no database: give url = \"jdbc:...\" (a Testcontainers URL such as "
					+ "\"jdbc:tc:postgresql:16:///app\" starts a container), or set the system property "
					+ "migration.test.url or the environment variable MIGRATION_TEST_URL");
		}
		List<Location> locations = Arrays.stream(settings.locations()).map((location) -> Location.parse(value(location,
				"locations"))).toList();
		Migrator migrator = Migrator.builder()
			.settings(MigrationSettings.defaults()
				.withLocations(locations)
				.withVersionTable(value(settings.versionTable(), "versionTable"), null))
			.classLoader(context.getRequiredTestClass().getClassLoader())
			.build();
		return new RevisionCheck(migrator,
				new JdbcUrlDataSource(url, value(settings.user(), "user"), value(settings.password(), "password")));
	}

	/**
	 * Returns an attribute's value with its placeholders replaced, or, when it is empty, the
	 * system property {@code migration.test.<name>} or the variable {@code MIGRATION_TEST_<NAME>}.
	 */
	private String value(String written, String attribute) {
		if (written.isEmpty()) {
			String property = System.getProperty("migration.test." + attribute);
			String variable = System.getenv("MIGRATION_TEST_" + attribute.toUpperCase(Locale.ROOT));
			return (property != null) ? property : (variable != null) ? variable : "";
		}
		Matcher matcher = PLACEHOLDER.matcher(written);
		StringBuilder value = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement = System.getProperty(name);
			if (replacement == null) {
				replacement = System.getenv(name);
			}
			if (replacement == null) {
				throw new ExtensionConfigurationException("@MigrationTest(" + attribute + " = \"" + written + "\") names ${"
						+ name + "}, but neither a system property nor an environment variable " + name + " is set");
			}
			matcher.appendReplacement(value, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(value);
		return value.toString();
	}

}
