-- revision: 27c6a30d7c24
-- down_revision: 3c9f2a7d41e8
-- message: Create conversations table
-- create_date: 2024-10-25 09:00:00

-- upgrade
CREATE TABLE conversations (
    id VARCHAR(36) PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    role VARCHAR(20) NOT NULL,
    content TEXT NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- downgrade
DROP TABLE conversations;
