-- revision: add_claude_session_id
-- down_revision: create_sessions
-- message: Add claude_session_id to sessions

-- upgrade
ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);

-- downgrade
ALTER TABLE sessions DROP COLUMN claude_session_id;
