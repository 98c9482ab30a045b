-- revision: 1975ea83b712
-- down_revision: none
-- message: create sessions
-- create_date: 2024-10-24 14:30:00

-- upgrade

-- downgrade
