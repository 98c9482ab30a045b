-- revision: b2
-- down_revision: a1
-- message: two
-- create_date: 2024-10-24 14:02:00

-- upgrade

-- downgrade
