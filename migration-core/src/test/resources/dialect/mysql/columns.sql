-- add_column from the guide: claude_session_id
ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);

-- add_column NOT NULL with a string default, unique, with a comment, in a schema
ALTER TABLE app.sessions ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'active' UNIQUE COMMENT 'Session''s state: active, closed';

-- add_column of a boolean with a default
ALTER TABLE sessions ADD COLUMN archived BOOLEAN NOT NULL DEFAULT false;

-- add_column of an integer primary key: autoincrement
ALTER TABLE legacy ADD COLUMN id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY;

-- drop_column
ALTER TABLE sessions DROP COLUMN old_status;

-- drop_column in a schema, remembering the column (not rendered)
ALTER TABLE app.sessions DROP COLUMN old_status;

-- error: drop_column with an option of this database
-- ERROR: drop_column of 'sessions.old_status': MySQL does not support the option 'mysql_cascade' here; it supports no mysql_ options for this operation (options of other databases are ignored). Remove it, or write the statement with 'execute'

