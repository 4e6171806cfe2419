CREATE TABLE teams (id BIGINT PRIMARY KEY, name TEXT NOT NULL);

-- migrate:down
DROP INDEX teams_name;
DROP TABLE teams;
