CREATE INDEX IF NOT EXISTS memberships_user_id ON memberships (user_id);

-- migrate:down
DROP INDEX IF EXISTS memberships_user_id;
