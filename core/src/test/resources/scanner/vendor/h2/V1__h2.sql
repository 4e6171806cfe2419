CREATE TABLE h2_only (id INT);
