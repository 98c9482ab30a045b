-- revision: vendor_specific
-- down_revision: none
-- message: Only in the H2 folder

-- upgrade
CREATE TABLE h2_only (id INT PRIMARY KEY);
