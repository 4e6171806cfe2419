-- migrate:no-transaction
-- Built CONCURRENTLY so that writes to memberships are not blocked while the index is built.
CREATE INDEX CONCURRENTLY IF NOT EXISTS memberships_user_id ON memberships (user_id);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS memberships_user_id;
