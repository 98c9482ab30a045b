-- revision: 3c9f2a7d41e8
-- down_revision: 1975ea83b712
-- message: Add claude_session_id to session table
-- create_date: 2024-10-24 14:30:00

-- upgrade
ALTER TABLE sessions ADD COLUMN claude_session_id VARCHAR(100);
CREATE INDEX ix_sessions_claude_session_id ON sessions (claude_session_id);

-- downgrade
DROP INDEX ix_sessions_claude_session_id;
ALTER TABLE sessions DROP COLUMN claude_session_id;
