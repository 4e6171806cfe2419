CREATE TABLE postgresql_only (id INT);
