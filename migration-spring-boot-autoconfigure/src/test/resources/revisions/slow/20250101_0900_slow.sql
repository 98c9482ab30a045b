-- revision: slow
-- down_revision: none
-- message: Take a while, so that concurrent start-ups overlap

-- upgrade
SELECT pg_sleep(2);
CREATE TABLE slow_items (id INT PRIMARY KEY);

-- downgrade
DROP TABLE slow_items;
