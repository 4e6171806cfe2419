ALTER DOMAIN email_address SET NOT NULL;

-- migrate:down
-- forgets to drop NOT NULL again
SELECT 1;
