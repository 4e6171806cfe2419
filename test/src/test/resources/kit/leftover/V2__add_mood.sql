CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE users ADD COLUMN mood mood;

-- migrate:down
ALTER TABLE users DROP COLUMN mood;
