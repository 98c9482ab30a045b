package dev.migration.boot.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link MigrationInitializer}: the beans that depend on
 * database initialization wait for the start-up migration during context refresh. Ordered before
 * the SQL script initializers ({@code spring.sql.init}), so {@code data.sql} finds the tables.
 */
class MigrationInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrationInitializer.class);
	}

	@Override
	public int getOrder() {
		return 1;
	}

}
