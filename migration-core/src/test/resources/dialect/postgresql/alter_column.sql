-- the guide's status migration: NOT NULL, with existing_type
ALTER TABLE sessions ALTER COLUMN new_status SET NOT NULL;

-- the guide's type change: string(50) to string(100), NOT NULL
ALTER TABLE table_name ALTER COLUMN column_name TYPE VARCHAR(100);
ALTER TABLE table_name ALTER COLUMN column_name SET NOT NULL;

-- nullable again, keeping the existing default and comment
ALTER TABLE app.sessions ALTER COLUMN status DROP NOT NULL;

-- server_default only
ALTER TABLE sessions ALTER COLUMN status SET DEFAULT 'open';

-- server_default dropped
ALTER TABLE sessions ALTER COLUMN status DROP DEFAULT;

-- server_default of a timestamp column, its type known
ALTER TABLE sessions ALTER COLUMN seen_at SET DEFAULT CURRENT_TIMESTAMP;

-- type and server_default change together
ALTER TABLE sessions ALTER COLUMN priority DROP DEFAULT;
ALTER TABLE sessions ALTER COLUMN priority TYPE INTEGER;
ALTER TABLE sessions ALTER COLUMN priority SET DEFAULT 0;

-- type change with postgresql_using
ALTER TABLE sessions ALTER COLUMN priority TYPE INTEGER USING priority::integer;

-- comment set, and the existing default kept
COMMENT ON COLUMN sessions.status IS 'What the session is doing';

-- comment dropped
COMMENT ON COLUMN sessions.status IS NULL;

-- rename only
ALTER TABLE sessions RENAME COLUMN status TO state;

-- rename and NOT NULL together, in a schema
ALTER TABLE app.sessions ALTER COLUMN status SET NOT NULL;
ALTER TABLE app.sessions RENAME COLUMN status TO state;

-- everything at once
ALTER TABLE sessions ALTER COLUMN status DROP DEFAULT;
ALTER TABLE sessions ALTER COLUMN status TYPE VARCHAR(40);
ALTER TABLE sessions ALTER COLUMN status SET NOT NULL;
ALTER TABLE sessions ALTER COLUMN status SET DEFAULT 'new';
COMMENT ON COLUMN sessions.status IS 'It''s the state';
ALTER TABLE sessions RENAME COLUMN status TO state;

-- error (MariaDB, MySQL): a type change without existing_nullable
ALTER TABLE sessions ALTER COLUMN status TYPE VARCHAR(40);

-- error (MariaDB, MySQL): NOT NULL without existing_type
ALTER TABLE sessions ALTER COLUMN new_status SET NOT NULL;

-- error (MariaDB, MySQL): a comment without existing_type and existing_nullable
COMMENT ON COLUMN sessions.status IS 'x';

-- error (PostgreSQL): postgresql_using without a type
-- ERROR: alter_column of 'sessions.status': the option 'postgresql_using' says how to convert values to a new type, but 'type' is not given; give the new 'type'

