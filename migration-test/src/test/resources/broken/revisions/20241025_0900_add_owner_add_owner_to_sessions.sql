-- revision: add_owner
-- down_revision: create_sessions
-- message: Add owner to sessions

-- upgrade
ALTER TABLE sessions ADD COLUMN owner VARCHAR(100);

-- downgrade
SELECT 1;
