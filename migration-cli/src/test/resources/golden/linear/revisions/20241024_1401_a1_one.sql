-- revision: a1
-- down_revision: none
-- message: one
-- create_date: 2024-10-24 14:01:00

-- upgrade

-- downgrade
