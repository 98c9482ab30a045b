-- revision: create_sessions
-- down_revision: none
-- message: Create sessions table

-- upgrade
CREATE TABLE sessions (
    id VARCHAR(36) PRIMARY KEY,
    status VARCHAR(20) DEFAULT 'new' NOT NULL
);

-- downgrade
DROP TABLE sessions;
