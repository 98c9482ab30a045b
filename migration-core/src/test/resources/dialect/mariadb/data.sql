-- bulk_insert: quotes, backslashes, unicode, null, booleans, numbers
INSERT INTO users (id, name, path, active) VALUES
	(1, 'O''Brien', 'C:\\temp\\', TRUE),
	(2, 'Zoë 漢字 🚀', NULL, FALSE),
	(3, 'a
b', '--; DROP TABLE users', NULL);

-- bulk_insert: a row without a column gets its DEFAULT
INSERT INTO app.sessions (id, status, score) VALUES
	('a', 'closed', DEFAULT),
	('b', DEFAULT, DEFAULT),
	('c', DEFAULT, 1.5);

-- bulk_insert: dates, times, UUIDs, bytes, decimals
INSERT INTO samples (d, t, ts, u, b, n, f) VALUES
	(DATE '2024-10-24', TIME '14:30:00.5', TIMESTAMP '2024-10-24 14:30:00', '123e4567-e89b-12d3-a456-426614174000', X'CAFE', 12345678901234567890.000001, 0.25);

-- bulk_insert: a timestamp with a time zone (no literal on MariaDB and MySQL)
-- ERROR: row 1, column 'tz' of bulk_insert into 'samples' is a timestamp with a time zone (2024-10-24T14:30+08:00), which MariaDB has no literal for; give a LocalDateTime or a string in the session's time zone

-- bulk_insert: no rows, no statement
-- (no statements)

-- error: a value bulk_insert cannot write
-- ERROR: row 1, column 'tags' of bulk_insert into 'users' is [a] (a list), which bulk_insert cannot write as SQL; give a string, number, boolean, null, UUID, byte[], LocalDate, LocalTime or LocalDateTime, or insert it with 'execute'

-- error: a number with no literal
-- ERROR: row 1, column 'score' of bulk_insert into 'users' is NaN, which has no SQL literal; write the value as a string the database reads, such as 'NaN'

-- execute: raw SQL as written
UPDATE sessions SET new_status = 'running' WHERE old_status = 'active';

