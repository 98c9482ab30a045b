-- create_index from the guide
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- create_index with postgresql_concurrently (the guide's large-table advice)
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- unique, several columns, if_not_exists, in a schema
-- ERROR: create_index 'uq_members' on 'app.memberships': MySQL has no CREATE INDEX IF NOT EXISTS; remove 'if_not_exists'

-- a partial index: postgresql_where, ignored by other databases
-- ERROR: create_index 'ix_active' on 'sessions': MySQL has no CREATE INDEX IF NOT EXISTS; remove 'if_not_exists'

-- options of each database: method, covering columns, prefix length
CREATE INDEX ix_docs ON documents (title, body(100)) USING BTREE;

-- a full-text index on MariaDB
CREATE INDEX ix_body ON documents (body);

-- error: an index option of this database that is not supported
-- ERROR: create_index 'ix_x' on 't': MySQL does not support the option 'mysql_with_parser' here; the ones it supports are mysql_length, mysql_prefix, mysql_using (options of other databases are ignored). Remove it, or write the statement with 'execute'

-- drop_index from the guide, with its table
DROP INDEX ix_sessions_claude_session_id ON sessions;

-- drop_index CONCURRENTLY, IF EXISTS, in a schema
-- ERROR: drop_index 'ix_active': MySQL has no DROP INDEX IF EXISTS; remove 'if_exists'

-- drop_index remembering the definition: its options are not rendered
DROP INDEX ix_docs ON documents;

-- error (MariaDB, MySQL): drop_index without table_name
-- ERROR: drop_index 'ix_x' needs 'table_name' on MySQL, which drops an index of a table (DROP INDEX ix ON table); add the index's table_name

