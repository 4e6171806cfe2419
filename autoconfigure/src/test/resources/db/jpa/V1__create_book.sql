CREATE TABLE book (
    id BIGINT PRIMARY KEY,
    title VARCHAR(200) NOT NULL
);
INSERT INTO book (id, title) VALUES (1, 'Migrations first');
