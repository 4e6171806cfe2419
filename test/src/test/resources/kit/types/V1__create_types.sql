CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE address AS (street text, city text);

-- migrate:down
DROP DOMAIN email_address;
