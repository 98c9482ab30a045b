-- revision: drop_status
-- down_revision: create_sessions
-- message: Drop sessions status

-- upgrade
ALTER TABLE sessions DROP COLUMN status;

-- downgrade
ALTER TABLE sessions ADD COLUMN status VARCHAR(20) DEFAULT 'new' NOT NULL;
