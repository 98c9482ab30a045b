-- revision: 9e2f6f0d4ac5
-- down_revision: none
-- message: standalone lookup tables
-- create_date: 2024-10-24 14:35:00

-- upgrade

-- downgrade
