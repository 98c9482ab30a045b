-- revision: c3
-- down_revision: b2
-- message: three
-- create_date: 2024-10-24 14:03:00

-- upgrade

-- downgrade
