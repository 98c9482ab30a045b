-- revision: create_items
-- down_revision: none
-- message: Create the items table
-- create_date: 2025-01-01 09:00:00

-- upgrade
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50));

-- downgrade
DROP TABLE items;
