-- revision: 8c1fa02c5e93
-- down_revision: 3c9f2a7d41e8
-- branch_labels: audit
-- message: Create audit_events table
-- create_date: 2024-11-02 10:00:00

-- upgrade
CREATE TABLE audit_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL,
    action VARCHAR(50) NOT NULL,
    occurred_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- downgrade
DROP TABLE audit_events;
