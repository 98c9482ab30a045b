-- revision: create_conversations
-- down_revision: add_claude_session_id
-- message: Create conversations table

-- upgrade
CREATE TABLE conversations (
    id VARCHAR(36) PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL,
    CONSTRAINT fk_conversations_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
);
CREATE INDEX ix_conversations_session_id ON conversations (session_id);

-- downgrade
DROP TABLE conversations;
