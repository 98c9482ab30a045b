-- revision: 3b6a0e4ce6b9
-- down_revision: 27c6a30d7c24
-- branch_labels: feat_x
-- message: feature x
-- create_date: 2024-10-24 14:32:00

-- upgrade

-- downgrade
