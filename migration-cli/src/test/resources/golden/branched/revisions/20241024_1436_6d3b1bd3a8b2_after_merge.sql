-- revision: 6d3b1bd3a8b2
-- down_revision: 52d5b5f0ad84
-- depends_on: 9e2f6f0d4ac5
-- message: after merge
-- create_date: 2024-10-24 14:36:00

-- upgrade

-- downgrade
