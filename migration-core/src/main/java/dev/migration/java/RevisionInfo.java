package dev.migration.java;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a {@link JavaRevision}: the same header a SQL or YAML revision file carries.
 *
 * <pre>{@code
 * @RevisionInfo(id = "migrate_status", downRevision = "create_conversations",
 *         message = "Move sessions from old_status to new_status")
 * public class MigrateStatus implements JavaRevision { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RevisionInfo {

	/**
	 * The revision id: letters, digits and {@code _}.
	 * @return the id
	 */
	String id();

	/**
	 * The revisions this one follows: none for a base, several for a merge point.
	 * @return the down revisions
	 */
	String[] downRevision();

	/**
	 * The one-line description.
	 * @return the message
	 */
	String message() default "";

	/**
	 * The branch labels of this revision.
	 * @return the labels
	 */
	String[] branchLabels() default {};

	/**
	 * Revision ids or branch labels this revision also depends on.
	 * @return the dependencies
	 */
	String[] dependsOn() default {};

	/**
	 * When the revision was written, as {@code yyyy-MM-dd HH:mm:ss}.
	 * @return the date, or empty
	 */
	String createDate() default "";

	/**
	 * Whether the revision runs inside a transaction.
	 * @return whether it is transactional
	 */
	boolean transactional() default true;

	/**
	 * The lint rules this revision silences, each as {@code "rule-id: reason"}, for example
	 * {@code "drop-column: the column was unused since 2.3 and its data is archived"}. A rule
	 * without a reason silences nothing: the linter reports it instead.
	 * @return the suppressions
	 */
	String[] lintIgnore() default {};

}
