-- revision: 27c6a30d7c24
-- down_revision: 1975ea83b712
-- message: add claude_session_id to sessions
-- create_date: 2024-10-24 14:31:00

-- upgrade

-- downgrade
