-- revision: add_claude_session_id
-- down_revision: initial
-- message: Add claude_session_id to session table
-- create_date: 2024-10-24 14:30:00

-- upgrade
ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- downgrade
DROP INDEX ix_sessions_claude_session_id;
ALTER TABLE sessions DROP COLUMN claude_session_id;
