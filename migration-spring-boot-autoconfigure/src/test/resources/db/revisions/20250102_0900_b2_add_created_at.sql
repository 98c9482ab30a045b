-- revision: b2
-- down_revision: a1
-- message: Add created_at to sessions
-- create_date: 2025-01-02 09:00:00

-- upgrade
ALTER TABLE sessions ADD COLUMN created_at TIMESTAMP;

-- downgrade
ALTER TABLE sessions DROP COLUMN created_at;
