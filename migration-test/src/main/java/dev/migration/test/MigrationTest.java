package dev.migration.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a test class check an application's revisions: its test methods receive a
 * {@link RevisionCheck} over the revisions and the database named here.
 *
 * <pre>{@code
 * @MigrationTest(url = "jdbc:tc:postgresql:16:///app")   // Testcontainers' JDBC URL
 * class RevisionsTests {
 *
 *     @Test
 *     void everyRevisionRoundTrips(RevisionCheck revisions) {
 *         revisions.assertRoundTrip();
 *     }
 *
 *     @Test
 *     void theLintFindsNoError(RevisionCheck revisions) {
 *         revisions.assertNoLintErrors();
 *     }
 *
 * }
 * }</pre>
 *
 * <p>The database: {@link #url()} (with {@code org.testcontainers:testcontainers-jdbc} and the
 * module of the database on the test class path, a {@code jdbc:tc:} URL starts a container),
 * else the system property {@code migration.test.url} or the environment variable
 * {@code MIGRATION_TEST_URL}; likewise for the user and password. Each attribute may name a
 * system property or environment variable as {@code ${NAME}}, so that CI can point the same test
 * at its own database: {@code @MigrationTest(url = "${TEST_DATABASE_URL}")}.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MigrationTestExtension.class)
public @interface MigrationTest {

	/**
	 * The JDBC URL of the database to verify on; empty for {@code migration.test.url} or
	 * {@code MIGRATION_TEST_URL}. {@code ${NAME}} is replaced by the system property or
	 * environment variable {@code NAME}.
	 * @return the URL
	 */
	String url() default "";

	/**
	 * The user; empty for {@code migration.test.user} or {@code MIGRATION_TEST_USER}.
	 * @return the user
	 */
	String user() default "";

	/**
	 * The password; empty for {@code migration.test.password} or {@code MIGRATION_TEST_PASSWORD}.
	 * @return the password
	 */
	String password() default "";

	/**
	 * Where the revision files are, as {@code migration.locations} says it.
	 * @return the locations
	 */
	String[] locations() default { "classpath:db/revisions" };

	/**
	 * The version table's name.
	 * @return the name
	 */
	String versionTable() default "alembic_version";

}
