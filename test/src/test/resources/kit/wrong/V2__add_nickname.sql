ALTER TABLE users ADD COLUMN nickname TEXT;
CREATE INDEX users_name ON users (name);

-- migrate:down
DROP INDEX users_name;
