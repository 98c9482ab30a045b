-- revision: 7b3e7d1f9c61
-- down_revision: none
-- branch_labels: audit
-- message: audit base
-- create_date: 2024-10-24 14:37:00

-- upgrade

-- downgrade
