-- create_index from the guide
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- create_index with postgresql_concurrently (the guide's large-table advice)
CREATE INDEX CONCURRENTLY ix_sessions_claude_session_id ON sessions (claude_session_id);

-- unique, several columns, if_not_exists, in a schema
CREATE UNIQUE INDEX IF NOT EXISTS uq_members ON app.memberships (group_id, user_id);

-- a partial index: postgresql_where, ignored by other databases
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_active ON sessions (user_id) WHERE status = 'active';

-- options of each database: method, covering columns, prefix length
CREATE INDEX ix_docs ON documents USING btree (title, body) INCLUDE (id);

-- a full-text index on MariaDB
CREATE INDEX ix_body ON documents (body);

-- error: an index option of this database that is not supported
-- ERROR: create_index 'ix_x' on 't': PostgreSQL does not support the option 'postgresql_with' here; the ones it supports are postgresql_include, postgresql_using (options of other databases are ignored). Remove it, or write the statement with 'execute'

-- drop_index from the guide, with its table
DROP INDEX ix_sessions_claude_session_id;

-- drop_index CONCURRENTLY, IF EXISTS, in a schema
DROP INDEX CONCURRENTLY IF EXISTS app.ix_active;

-- drop_index remembering the definition: its options are not rendered
DROP INDEX ix_docs;

-- error (MariaDB, MySQL): drop_index without table_name
DROP INDEX ix_x;

