-- create_foreign_key from the guide: ON DELETE CASCADE
ALTER TABLE sessions ADD CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- both actions, several columns, source and referent schemas
ALTER TABLE app.memberships ADD CONSTRAINT fk_members FOREIGN KEY (org_id, group_id) REFERENCES directory.groups (org_id, id) ON DELETE SET NULL ON UPDATE RESTRICT;

-- an unnamed foreign key, NOT VALID on PostgreSQL
ALTER TABLE sessions ADD FOREIGN KEY (user_id) REFERENCES users (id);

-- create_unique_constraint
ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);

-- create_unique_constraint unnamed, several columns, in a schema
ALTER TABLE app.memberships ADD UNIQUE (user_id, group_id);

-- create_check_constraint
ALTER TABLE users ADD CONSTRAINT ck_users_name CHECK (length(name) > 0);

-- create_check_constraint in a schema, NOT VALID on PostgreSQL
ALTER TABLE app.users ADD CONSTRAINT ck_age CHECK (age >= 0);

-- create_primary_key
ALTER TABLE memberships ADD CONSTRAINT pk_memberships PRIMARY KEY (user_id, group_id);

-- create_primary_key unnamed, in a schema
ALTER TABLE app.memberships ADD PRIMARY KEY (user_id);

-- drop_constraint of type foreignkey
ALTER TABLE users DROP FOREIGN KEY c_foreignkey;

-- drop_constraint of type unique
ALTER TABLE users DROP INDEX c_unique;

-- drop_constraint of type check
ALTER TABLE users DROP CONSTRAINT c_check;

-- drop_constraint of type primary
ALTER TABLE users DROP PRIMARY KEY;

-- drop_constraint in a schema
ALTER TABLE app.memberships DROP FOREIGN KEY fk_members;

-- error (MariaDB, MySQL): drop_constraint without type
-- ERROR: drop_constraint 'fk_session_user' on 'sessions' needs 'type' on MariaDB, which drops each kind of constraint its own way; add type: foreignkey, unique, check or primary

