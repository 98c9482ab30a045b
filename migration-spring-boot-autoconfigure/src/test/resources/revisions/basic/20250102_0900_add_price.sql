-- revision: add_price
-- down_revision: create_items
-- message: Add a price to items
-- create_date: 2025-01-02 09:00:00

-- upgrade
ALTER TABLE items ADD COLUMN price INT;

-- downgrade
ALTER TABLE items DROP COLUMN price;
