-- revision: 8c1fa02c5e93
-- down_revision: 7b3e7d1f9c61
-- depends_on: 27c6a30d7c24
-- message: audit depends on core
-- create_date: 2024-10-24 14:38:00

-- upgrade

-- downgrade
