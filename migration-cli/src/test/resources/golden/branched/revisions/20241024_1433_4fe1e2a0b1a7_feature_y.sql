-- revision: 4fe1e2a0b1a7
-- down_revision: 27c6a30d7c24
-- message: feature y
-- create_date: 2024-10-24 14:33:00

-- upgrade

-- downgrade
