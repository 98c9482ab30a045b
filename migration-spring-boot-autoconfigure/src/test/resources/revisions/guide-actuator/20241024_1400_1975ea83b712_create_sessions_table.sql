-- revision: 1975ea83b712
-- down_revision: none
-- message: Create sessions table
-- create_date: 2024-10-24 14:00:00

-- upgrade
CREATE TABLE sessions (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(255) NOT NULL,
    status VARCHAR(20) DEFAULT 'active' NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- downgrade
DROP TABLE sessions;
