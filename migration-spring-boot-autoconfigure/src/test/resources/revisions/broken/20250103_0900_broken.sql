-- revision: broken
-- down_revision: add_price
-- message: Insert into a table that does not exist

-- upgrade
INSERT INTO no_such_table (id) VALUES (1);
