-- revision: 52d5b5f0ad84
-- down_revision: 3b6a0e4ce6b9, 4fe1e2a0b1a7
-- message: merge feature x and y
-- create_date: 2024-10-24 14:34:00

-- upgrade

-- downgrade
