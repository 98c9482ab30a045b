-- revision: a1
-- down_revision: none
-- message: Create sessions
-- create_date: 2025-01-01 09:00:00

-- upgrade
CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, status VARCHAR(20) NOT NULL);

-- downgrade
DROP TABLE sessions;
