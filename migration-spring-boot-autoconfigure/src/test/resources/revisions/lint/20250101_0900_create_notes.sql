-- revision: create_notes
-- down_revision: none
-- message: Create notes table

-- upgrade
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(200));
