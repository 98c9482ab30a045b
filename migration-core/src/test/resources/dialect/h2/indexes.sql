-- create_index from the guide
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- create_index with postgresql_concurrently (the guide's large-table advice)
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- unique, several columns, if_not_exists, in a schema
CREATE UNIQUE INDEX IF NOT EXISTS uq_members ON app.memberships (group_id, user_id);

-- a partial index: postgresql_where, ignored by other databases
CREATE UNIQUE INDEX IF NOT EXISTS ix_active ON sessions (user_id);

-- options of each database: method, covering columns, prefix length
CREATE INDEX ix_docs ON documents (title, body);

-- a full-text index on MariaDB
CREATE INDEX ix_body ON documents (body);

-- error: an index option of this database that is not supported
-- ERROR: create_index 'ix_x' on 't': H2 does not support the option 'h2_hash' here; it supports no h2_ options for this operation (options of other databases are ignored). Remove it, or write the statement with 'execute'

-- drop_index from the guide, with its table
DROP INDEX ix_sessions_claude_session_id;

-- drop_index CONCURRENTLY, IF EXISTS, in a schema
DROP INDEX IF EXISTS app.ix_active;

-- drop_index remembering the definition: its options are not rendered
DROP INDEX ix_docs;

-- error (MariaDB, MySQL): drop_index without table_name
DROP INDEX ix_x;

