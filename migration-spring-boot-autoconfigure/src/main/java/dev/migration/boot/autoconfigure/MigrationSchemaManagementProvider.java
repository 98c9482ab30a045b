package dev.migration.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import dev.migration.Migrator;

/**
 * Tells Spring Boot that the migrators manage the schema of their DataSource, so that Hibernate
 * does not create an embedded database's tables itself.
 */
class MigrationSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Migrator> migrators;

	MigrationSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		this.migrators = migrators;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.migrators.stream().anyMatch((migrator) -> dataSource.equals(migrator.dataSource()))
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
