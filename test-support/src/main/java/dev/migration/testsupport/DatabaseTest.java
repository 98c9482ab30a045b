package dev.migration.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a fresh database of its own: created before its first test and
 * dropped after its last one, whether the tests pass or fail.
 *
 * <p>The database reaches the tests as a {@link TestDatabase}, injected into test and lifecycle
 * method parameters, constructor parameters, and fields of type {@code TestDatabase} (static or
 * not, but not final):
 *
 * <pre>{@code
 * @DatabaseTest(DatabaseKind.POSTGRESQL)
 * class SomethingTests {
 *
 *     @Test
 *     void works(TestDatabase db) throws SQLException {
 *         try (Connection connection = db.connection()) {
 *             ...
 *         }
 *     }
 *
 * }
 * }</pre>
 *
 * <p>{@code @Nested} classes share the database of their enclosing class when they ask for the
 * same kind. The annotation may also be used as a meta-annotation.
 *
 * <p>The server is found once per JVM, first from the environment, then on its standard local
 * port, then with Testcontainers; see the project's README, section "Tests". When no server is
 * found the test class fails, unless the environment variable
 * {@code MIGRATION_TEST_SKIP_MISSING_DATABASES} is {@code true}, in which case it is skipped.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestDatabaseExtension.class)
public @interface DatabaseTest {

	/**
	 * The kind of database the test class needs.
	 * @return the kind of database
	 */
	DatabaseKind value();

}
