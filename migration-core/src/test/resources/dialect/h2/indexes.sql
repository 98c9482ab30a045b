-- create_index from the guide
CREATE INDEX "IX_SESSIONS_CLAUDE_SESSION_ID" ON "SESSIONS" ("CLAUDE_SESSION_ID");

-- create_index with postgresql_concurrently (the guide's large-table advice)
CREATE INDEX "IX_SESSIONS_CLAUDE_SESSION_ID" ON "SESSIONS" ("CLAUDE_SESSION_ID");

-- unique, several columns, if_not_exists, in a schema
CREATE UNIQUE INDEX IF NOT EXISTS "UQ_MEMBERS" ON "APP"."MEMBERSHIPS" ("GROUP_ID", "USER_ID");

-- a partial index: postgresql_where, ignored by other databases
CREATE UNIQUE INDEX IF NOT EXISTS "IX_ACTIVE" ON "SESSIONS" ("USER_ID");

-- options of each database: method, covering columns, prefix length
CREATE INDEX "IX_DOCS" ON "DOCUMENTS" ("TITLE", "BODY");

-- a full-text index on MariaDB
CREATE INDEX "IX_BODY" ON "DOCUMENTS" ("BODY");

-- error: an index option of this database that is not supported
-- ERROR: create_index 'ix_x' on 't': H2 does not support the option 'h2_hash' here; it supports no h2_ options for this operation (options of other databases are ignored). Remove it, or write the statement with 'execute'

-- drop_index from the guide, with its table
DROP INDEX "IX_SESSIONS_CLAUDE_SESSION_ID";

-- drop_index CONCURRENTLY, IF EXISTS, in a schema
DROP INDEX IF EXISTS "APP"."IX_ACTIVE";

-- drop_index remembering the definition: its options are not rendered
DROP INDEX "IX_DOCS";

-- error (MariaDB, MySQL): drop_index without table_name
DROP INDEX "IX_X";

