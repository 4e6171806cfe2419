ALTER TABLE users ADD COLUMN display_name VARCHAR(200);

-- migrate:down
ALTER TABLE users DROP COLUMN display_name;
