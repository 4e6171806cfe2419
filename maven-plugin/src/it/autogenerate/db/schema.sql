CREATE TABLE customer (
    id bigint PRIMARY KEY,
    email varchar(255) NOT NULL
);
