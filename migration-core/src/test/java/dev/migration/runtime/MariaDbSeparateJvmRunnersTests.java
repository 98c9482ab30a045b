package dev.migration.runtime;

import dev.migration.testsupport.DatabaseKind;
import dev.migration.testsupport.DatabaseTest;

@DatabaseTest(DatabaseKind.MARIADB)
class MariaDbSeparateJvmRunnersTests extends SeparateJvmRunnersContract {

}
