package dev.migration.cli;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

/**
 * The database commands on MariaDB.
 */
@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbCommandsTests extends DatabaseCommandsContract {

}
