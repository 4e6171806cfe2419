ALTER TABLE users ADD COLUMN phone TEXT;

-- migrate:down
ALTER TABLE users DROP COLUMN phone;
