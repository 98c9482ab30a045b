-- the guide's status migration: NOT NULL, with existing_type
ALTER TABLE sessions MODIFY COLUMN new_status VARCHAR(20) NOT NULL;

-- the guide's type change: string(50) to string(100), NOT NULL
ALTER TABLE table_name MODIFY COLUMN column_name VARCHAR(100) NOT NULL;

-- nullable again, keeping the existing default and comment
ALTER TABLE app.sessions MODIFY COLUMN status VARCHAR(20) NULL DEFAULT 'active' COMMENT 'State';

-- server_default only
ALTER TABLE sessions ALTER COLUMN status SET DEFAULT 'open';

-- server_default dropped
ALTER TABLE sessions ALTER COLUMN status DROP DEFAULT;

-- server_default of a timestamp column, its type known
ALTER TABLE sessions ALTER COLUMN seen_at SET DEFAULT CURRENT_TIMESTAMP;

-- type and server_default change together
ALTER TABLE sessions MODIFY COLUMN priority INTEGER NULL DEFAULT 0;

-- type change with postgresql_using
ALTER TABLE sessions MODIFY COLUMN priority INTEGER NULL;

-- comment set, and the existing default kept
ALTER TABLE sessions MODIFY COLUMN status VARCHAR(20) NOT NULL DEFAULT 'active' COMMENT 'What the session is doing';

-- comment dropped
ALTER TABLE sessions MODIFY COLUMN status VARCHAR(20) NOT NULL;

-- rename only
ALTER TABLE sessions RENAME COLUMN status TO state;

-- rename and NOT NULL together, in a schema
ALTER TABLE app.sessions CHANGE COLUMN status state VARCHAR(20) NOT NULL;

-- everything at once
ALTER TABLE sessions CHANGE COLUMN status state VARCHAR(40) NOT NULL DEFAULT 'new' COMMENT 'It''s the state';

-- error (MariaDB, MySQL): a type change without existing_nullable
-- ERROR: alter_column of 'sessions.status' needs 'existing_nullable' (true or false: whether the column accepts NULL now) on MariaDB, which changes a column by restating its whole definition (MODIFY COLUMN); add it to the operation, and also existing_server_default and existing_comment if the column has a default or comment to keep

-- error (MariaDB, MySQL): NOT NULL without existing_type
-- ERROR: alter_column of 'sessions.new_status' needs 'existing_type' (the column's current type, such as string(20)) on MariaDB, which changes a column by restating its whole definition (MODIFY COLUMN); add it to the operation, and also existing_server_default and existing_comment if the column has a default or comment to keep

-- error (MariaDB, MySQL): a comment without existing_type and existing_nullable
-- ERROR: alter_column of 'sessions.status' needs 'existing_type' (the column's current type, such as string(20)) and 'existing_nullable' (true or false: whether the column accepts NULL now) on MariaDB, which changes a column by restating its whole definition (MODIFY COLUMN); add them to the operation, and also existing_server_default and existing_comment if the column has a default or comment to keep

-- error (PostgreSQL): postgresql_using without a type
ALTER TABLE sessions MODIFY COLUMN status VARCHAR(20) NOT NULL;

