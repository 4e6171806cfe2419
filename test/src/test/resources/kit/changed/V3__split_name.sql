-- A data migration: the data tests insert rows at version 2 and check them here.
ALTER TABLE users ADD COLUMN first_name TEXT, ADD COLUMN last_name TEXT;
UPDATE users SET first_name = split_part(name, ' ', 1), last_name = nullif(substr(name, length(split_part(name, ' ', 1)) + 2), '');
ALTER TABLE users DROP COLUMN name;

-- migrate:down
ALTER TABLE users ADD COLUMN name TEXT;
UPDATE users SET name = concat_ws(' ', first_name, last_name);
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
ALTER TABLE users DROP COLUMN first_name, DROP COLUMN last_name;
