ALTER TABLE users DROP COLUMN email;

-- migrate:down
-- not reversible: the addresses are gone
