-- revision: d4
-- down_revision: c3
-- message: four
-- create_date: 2024-10-24 14:04:00

-- upgrade

-- downgrade
