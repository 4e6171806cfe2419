CREATE TABLE person (
    id INT PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO person (id, name) VALUES (1, 'Ada');
