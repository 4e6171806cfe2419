CREATE TABLE ${audit_table} (id BIGINT PRIMARY KEY);

-- migrate:down
DROP TABLE ${audit_table};
