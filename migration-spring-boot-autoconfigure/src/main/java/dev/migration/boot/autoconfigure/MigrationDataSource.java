package dev.migration.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifies the {@link javax.sql.DataSource} the migrations run with, when it is not the
 * application's: for example an owner account with DDL rights while the application connects as
 * a restricted user. Mark the bean {@code defaultCandidate = false} so that the application's own
 * beans keep getting its primary DataSource:
 *
 * <pre>{@code
 * @Bean(defaultCandidate = false)
 * @MigrationDataSource
 * DataSource migrationDataSource() {
 *     return DataSourceBuilder.create().url(...).username("owner").password(...).build();
 * }
 * }</pre>
 *
 * <p>Without such a bean, {@code migration.url} (with {@code migration.user} and
 * {@code migration.password}) names another database; {@code migration.user} alone connects to the
 * application's database as another user.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrationDataSource {

}
