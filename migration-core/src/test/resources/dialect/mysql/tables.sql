-- create_table from the guide: conversations, a string primary key and a timestamp default
CREATE TABLE conversations (
	id VARCHAR(36) NOT NULL PRIMARY KEY,
	session_id VARCHAR(36) NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- an integer primary key on its own is autoincrement (SQLAlchemy's "auto")
CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(100) NOT NULL UNIQUE
);

-- a bigint primary key with autoincrement: true, in a schema, with comments
CREATE TABLE app.events (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind VARCHAR(20) NOT NULL DEFAULT 'created' COMMENT 'The user''s action',
	payload JSON
) COMMENT='What happened, and when';

-- an integer primary key with autoincrement: false stays a plain column
CREATE TABLE codes (
	code INTEGER NOT NULL PRIMARY KEY
);

-- an integer primary key with a server_default is not autoincrement
CREATE TABLE singletons (
	id INTEGER NOT NULL DEFAULT 1 PRIMARY KEY
);

-- several primary-key columns make a table-level PRIMARY KEY, none autoincrement
CREATE TABLE memberships (
	user_id INTEGER NOT NULL,
	group_id INTEGER NOT NULL,
	since DATE NOT NULL,
	PRIMARY KEY (user_id, group_id)
);

-- options: MariaDB's and MySQL's table options; other databases ignore them
CREATE TABLE logs (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	line TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='It''s a log';

-- error: an option of this database that is not supported
-- ERROR: create_table 't': MySQL does not support the option 'mysql_partition_by' here; the ones it supports are mysql_charset, mysql_collate, mysql_engine (options of other databases are ignored). Remove it, or write the statement with 'execute'

-- error: autoincrement on a string column
-- ERROR: column 'id' of create_table 't' has autoincrement: true, but its type is string(36); autoincrement needs integer, bigint or smallint

-- error: autoincrement and a server_default
-- ERROR: column 'id' of create_table 't' has both autoincrement: true and server_default: 0; a column takes its values from one or the other, so remove one

-- error: a column option of this database
-- ERROR: column 'id' of create_table 't': MySQL does not support the option 'mysql_collation' here; it supports no mysql_ options for this operation (options of other databases are ignored). Remove it, or write the statement with 'execute'

-- drop_table
DROP TABLE conversations;

-- drop_table in a schema, remembering its definition (not rendered)
DROP TABLE app.events;

-- rename_table
RENAME TABLE sessions TO chat_sessions;

-- rename_table in a schema: the table stays there
RENAME TABLE app.sessions TO app.chat_sessions;

-- names with quote characters and upper case are quoted as written
CREATE TABLE `Odd"Name``s` (
	`Mixed Case` INTEGER
);

