package dev.migration.cli;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

/**
 * The database commands on PostgreSQL.
 */
@DatabaseTest(DatabaseKind.POSTGRESQL)
class PostgresqlCommandsTests extends DatabaseCommandsContract {

}
