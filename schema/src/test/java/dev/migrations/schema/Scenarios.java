package dev.migrations.schema;

import java.util.List;

/**
 * The scenario corpus: at least one change per object kind the snapshot reads, and every change Alembic's
 * autogenerate documents as detected (tables, columns, nullability, indexes and unique constraints, foreign keys,
 * named check constraints, types, server defaults, comments).
 */
final class Scenarios {

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200) NOT NULL,"
            + " name text);\nINSERT INTO users VALUES (1, 'a@example.com', 'Ann');\n";

    private static final String ORDERS =
            USERS + "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint," + " total numeric(10,2));\n";

    private Scenarios() {}

    static List<Scenario> all() {
        return List.of(
                // tables
                Scenario.of("add table", "", USERS),
                Scenario.of("drop table", USERS, "", "-- destructive: drop table public.users and its data"),
                Scenario.of("add unlogged table", "", "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);"),
                Scenario.of(
                        "table becomes logged",
                        "CREATE UNLOGGED TABLE cache (k text);",
                        "CREATE TABLE cache (k text);"),
                Scenario.of(
                        "rename table is reported, not guessed",
                        USERS,
                        USERS.replace("users", "people"),
                        "-- possible rename: table public.users -> public.people"),
                Scenario.of(
                        "two tables that reference each other",
                        "",
                        "CREATE TABLE a (id int PRIMARY KEY, b_id int);"
                                + "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
                                + "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;"),
                Scenario.of(
                        "quoted names",
                        "",
                        "CREATE TABLE \"Order\" (\"Key\" int PRIMARY KEY, \"user\" text,"
                                + " \"select\" text CHECK (\"select\" <> ''));"),
                // columns
                Scenario.of("add nullable column", USERS, USERS.replace("name text", "name text, nickname text")),
                Scenario.of(
                        "add not null column with default",
                        USERS,
                        USERS.replace("name text", "name text, active boolean NOT NULL DEFAULT true")),
                Scenario.of(
                        "drop column",
                        USERS,
                        USERS.replace(", name text", "").replace(", 'Ann'", ""),
                        "-- destructive: drop column public.users.name and its data"),
                Scenario.of(
                        "rename column is reported, not guessed",
                        USERS,
                        USERS.replace("name text", "full_name text").replace(", 'Ann'", ", 'Ann'"),
                        "-- possible rename: column public.users.name -> full_name"),
                Scenario.of("widen varchar", USERS, USERS.replace("varchar(200)", "varchar(320)")),
                Scenario.of(
                        "narrow varchar",
                        USERS,
                        USERS.replace("varchar(200)", "varchar(100)"),
                        "-- destructive: change type of public.users.email"),
                Scenario.of("int to bigint", "CREATE TABLE t (n int);", "CREATE TABLE t (n bigint);"),
                Scenario.of(
                        "text to integer",
                        "CREATE TABLE t (n text); INSERT INTO t VALUES ('42');",
                        "CREATE TABLE t (n integer); INSERT INTO t VALUES (42);",
                        "USING n::integer"),
                Scenario.of(
                        "numeric precision", "CREATE TABLE t (n numeric(10,2));", "CREATE TABLE t (n numeric(14,4));"),
                Scenario.of("column collation", "CREATE TABLE t (s text);", "CREATE TABLE t (s text COLLATE \"C\");"),
                Scenario.of("set not null", USERS, USERS.replace("name text", "name text NOT NULL")),
                Scenario.of("drop not null", USERS, USERS.replace("varchar(200) NOT NULL", "varchar(200)")),
                Scenario.of("add default", USERS, USERS.replace("name text", "name text DEFAULT 'anonymous'")),
                Scenario.of(
                        "change default",
                        "CREATE TABLE t (at timestamptz DEFAULT now(), n int DEFAULT 1);",
                        "CREATE TABLE t (at timestamptz DEFAULT (now() + interval '1 day'), n int DEFAULT 2);"),
                Scenario.of("drop default", "CREATE TABLE t (n int DEFAULT 1);", "CREATE TABLE t (n int);"),
                Scenario.of(
                        "column becomes identity",
                        "CREATE TABLE t (id bigint NOT NULL);",
                        "CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY);"),
                Scenario.of(
                        "identity always to by default",
                        "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);",
                        "CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY);"),
                Scenario.of(
                        "add generated column",
                        "CREATE TABLE t (a int, b int);",
                        "CREATE TABLE t (a int, b int, s int GENERATED ALWAYS AS (a + b) STORED);"),
                Scenario.of(
                        "change generated expression",
                        "CREATE TABLE t (a int, b int, s int GENERATED ALWAYS AS (a + b) STORED);",
                        "CREATE TABLE t (a int, b int, s int GENERATED ALWAYS AS (a * b) STORED);"),
                Scenario.of("serial column", "CREATE TABLE t (name text);", "CREATE TABLE t (id serial, name text);"),
                Scenario.of(
                        "comments on table and columns",
                        USERS,
                        USERS
                                + "COMMENT ON TABLE users IS 'people who log in';"
                                + "COMMENT ON COLUMN users.email IS 'unique, case-insensitive';"),
                // constraints
                Scenario.of(
                        "add primary key", "CREATE TABLE t (id int NOT NULL);", "CREATE TABLE t (id int PRIMARY KEY);"),
                Scenario.of(
                        "drop primary key",
                        "CREATE TABLE t (id int PRIMARY KEY);",
                        "CREATE TABLE t (id int NOT NULL);"),
                Scenario.of(
                        "change primary key columns",
                        "CREATE TABLE t (a int NOT NULL, b int NOT NULL," + " CONSTRAINT t_pkey PRIMARY KEY (a));",
                        "CREATE TABLE t (a int NOT NULL, b int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a, b));"),
                Scenario.of("add unique constraint", USERS, USERS + "ALTER TABLE users ADD UNIQUE (email);"),
                Scenario.of("drop unique constraint", USERS + "ALTER TABLE users ADD UNIQUE (email);", USERS),
                Scenario.of(
                        "constraint renamed keeps its shape",
                        USERS + "ALTER TABLE users ADD UNIQUE (email);",
                        USERS + "ALTER TABLE users ADD CONSTRAINT uk_users_email UNIQUE (email);",
                        "RENAME CONSTRAINT users_email_key TO uk_users_email"),
                Scenario.of(
                        "add foreign key",
                        ORDERS,
                        ORDERS + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;"),
                Scenario.of(
                        "foreign key actions",
                        ORDERS + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;",
                        ORDERS + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users"
                                + " ON DELETE CASCADE ON UPDATE SET NULL;"),
                Scenario.of(
                        "foreign key deferrable",
                        ORDERS + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;",
                        ORDERS + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users"
                                + " DEFERRABLE INITIALLY DEFERRED;"),
                Scenario.of(
                        "drop referenced table and its foreign key",
                        ORDERS + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;",
                        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric(10,2));"),
                Scenario.of(
                        "composite foreign key",
                        "CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));",
                        "CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));"
                                + "CREATE TABLE c (id int, a int, b int, FOREIGN KEY (a, b) REFERENCES p"
                                + " ON DELETE SET NULL);"),
                Scenario.of(
                        "add check constraint",
                        ORDERS,
                        ORDERS + "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total >= 0);"),
                Scenario.of(
                        "change check constraint",
                        ORDERS + "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total >= 0);",
                        ORDERS + "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0);"),
                Scenario.of(
                        "exclusion constraint",
                        "CREATE EXTENSION btree_gist; CREATE TABLE r (room int, during tsrange);",
                        "CREATE EXTENSION btree_gist; CREATE TABLE r (room int, during tsrange,"
                                + " EXCLUDE USING gist (room WITH =, during WITH &&));"),
                Scenario.of(
                        "comment on constraint",
                        USERS,
                        USERS + "COMMENT ON CONSTRAINT users_pkey ON users IS 'surrogate';"),
                // indexes
                Scenario.of("add index", USERS, USERS + "CREATE INDEX users_name ON users (name);"),
                Scenario.of("drop index", USERS + "CREATE INDEX users_name ON users (name);", USERS),
                Scenario.of("unique index", USERS, USERS + "CREATE UNIQUE INDEX users_email ON users (email);"),
                Scenario.of(
                        "partial index",
                        ORDERS,
                        ORDERS + "CREATE INDEX big_orders ON orders (user_id) WHERE total > 1000;"),
                Scenario.of(
                        "expression index",
                        USERS,
                        USERS + "CREATE UNIQUE INDEX users_lower_email ON users (lower(email));"),
                Scenario.of(
                        "index method",
                        USERS + "CREATE INDEX users_name ON users (name);",
                        USERS + "CREATE INDEX users_name ON users USING hash (name);"),
                Scenario.of(
                        "index with included columns",
                        ORDERS + "CREATE INDEX o_user ON orders (user_id);",
                        ORDERS + "CREATE INDEX o_user ON orders (user_id) INCLUDE (total);"),
                Scenario.of(
                        "renamed index keeps its shape",
                        USERS + "CREATE INDEX users_name ON users (name);",
                        USERS + "CREATE INDEX idx_users_name ON users (name);",
                        "ALTER INDEX public.users_name RENAME TO idx_users_name"),
                Scenario.of(
                                "concurrent index runs without a transaction",
                                USERS,
                                USERS + "CREATE INDEX users_name ON users (name);",
                                "-- migrate:no-transaction",
                                "CREATE INDEX CONCURRENTLY users_name")
                        .withOptions(new DiffOptions(true)),
                Scenario.of(
                        "comment on index",
                        USERS + "CREATE INDEX users_name ON users (name);",
                        USERS + "CREATE INDEX users_name ON users (name); COMMENT ON INDEX users_name IS 'search';"),
                // sequences
                Scenario.of("create sequence", "", "CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 10;"),
                Scenario.of(
                        "drop sequence",
                        "CREATE SEQUENCE s;",
                        "",
                        "-- destructive: drop sequence public.s (its current value is lost)"),
                Scenario.of(
                        "sequence options",
                        "CREATE SEQUENCE s;",
                        "CREATE SEQUENCE s AS integer INCREMENT 5 MINVALUE 10 MAXVALUE 100000 START 10 CACHE 20 CYCLE;"),
                Scenario.of(
                        "sequence owned by a column",
                        "CREATE TABLE t (n bigint); CREATE SEQUENCE s;",
                        "CREATE TABLE t (n bigint); CREATE SEQUENCE s OWNED BY t.n;"),
                Scenario.of(
                        "column default from a sequence",
                        "CREATE TABLE t (n bigint);",
                        "CREATE SEQUENCE t_numbers; CREATE TABLE t (n bigint DEFAULT nextval('t_numbers'));"),
                // enums
                Scenario.of(
                        "create enum and use it",
                        USERS,
                        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');"
                                + USERS.replace("name text", "name text, feeling mood DEFAULT 'ok'")),
                Scenario.of(
                        "add enum value in the middle",
                        "CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood DEFAULT 'sad');"
                                + "INSERT INTO t VALUES ('happy');",
                        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (m mood DEFAULT 'sad');",
                        "ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad'"),
                Scenario.of(
                        "remove enum value",
                        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (m mood DEFAULT 'ok',"
                                + " ms mood[]);",
                        "CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood DEFAULT 'sad', ms mood[]);",
                        "-- destructive: convert public.t.m to the new public.mood"),
                Scenario.of("drop enum", "CREATE TYPE mood AS ENUM ('sad');", ""),
                Scenario.of(
                        "comment on enum",
                        "CREATE TYPE mood AS ENUM ('sad');",
                        "CREATE TYPE mood AS ENUM ('sad'); COMMENT ON TYPE mood IS 'how it feels';"),
                // composite types, domains, range types
                Scenario.of(
                        "create composite type and use it",
                        "CREATE TABLE t (id int);",
                        "CREATE TYPE semver AS (major int, minor int, patch int);"
                                + "COMMENT ON TYPE semver IS 'a version';"
                                + "CREATE TABLE t (id int, version semver);"),
                Scenario.of(
                        "composite type attribute changes",
                        "CREATE TYPE semver AS (major int4, minor int4, teeny int4, pre text);"
                                + "CREATE FUNCTION parse(text) RETURNS semver LANGUAGE sql IMMUTABLE"
                                + " AS $$ SELECT (split_part($1, '.', 1)::int4, 0, 0, null)::semver $$;",
                        "CREATE TYPE semver AS (major numeric, minor numeric, teeny numeric, build text);"
                                + "CREATE FUNCTION parse(text) RETURNS semver LANGUAGE sql IMMUTABLE"
                                + " AS $$ SELECT (split_part($1, '.', 1)::numeric, 0, 0, null)::semver $$;",
                        "ALTER TYPE public.semver ALTER ATTRIBUTE major TYPE numeric",
                        "-- destructive: drop attribute pre of composite type public.semver"),
                Scenario.of(
                        "composite type attribute order changes",
                        "CREATE TYPE pair AS (a int, b int);",
                        "CREATE TYPE pair AS (b int, a int);",
                        "DROP TYPE public.pair"),
                Scenario.of("drop composite type", "CREATE TYPE pair AS (a int, b text);", ""),
                Scenario.of(
                        "create domain with constraints and use it",
                        "CREATE TABLE users (id int);",
                        "CREATE DOMAIN email AS varchar(320) COLLATE \"C\" DEFAULT 'none@example.com' NOT NULL"
                                + " CONSTRAINT email_at CHECK (VALUE LIKE '%@%')"
                                + " CONSTRAINT email_length CHECK (length(VALUE) > 3);"
                                + "COMMENT ON DOMAIN email IS 'an address';"
                                + "CREATE TABLE users (id int, email email);"),
                Scenario.of(
                        "domain default, not null and constraint change",
                        "CREATE DOMAIN amount AS numeric(12,2) CONSTRAINT amount_positive CHECK (VALUE > 0);"
                                + "CREATE TABLE t (a amount);",
                        "CREATE DOMAIN amount AS numeric(12,2) DEFAULT 0 NOT NULL"
                                + " CONSTRAINT amount_positive CHECK (VALUE >= 0)"
                                + " CONSTRAINT amount_small CHECK (VALUE < 1000000);"
                                + "CREATE TABLE t (a amount);",
                        "ALTER DOMAIN public.amount DROP CONSTRAINT amount_positive",
                        "ALTER DOMAIN public.amount SET NOT NULL"),
                Scenario.of(
                        "domain base type changes",
                        "CREATE DOMAIN code AS varchar(10);",
                        "CREATE DOMAIN code AS text CHECK (VALUE <> '');",
                        "DROP DOMAIN public.code"),
                Scenario.of(
                        "drop domain",
                        "CREATE DOMAIN code AS text; CREATE TABLE t (c code);",
                        "CREATE TABLE t (c text);"),
                Scenario.of(
                        "create range type and use it",
                        "CREATE TABLE bookings (id int);",
                        "CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);"
                                + "CREATE TABLE bookings (id int, span floatrange);"),
                Scenario.of(
                        "range type options change",
                        "CREATE TYPE textrange AS RANGE (SUBTYPE = text);",
                        "CREATE TYPE textrange AS RANGE (SUBTYPE = text, COLLATION = \"C\");"
                                + "COMMENT ON TYPE textrange IS 'by bytes';",
                        "DROP TYPE public.textrange"),
                Scenario.of(
                        "function return type changes",
                        "CREATE FUNCTION answer() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 42';"
                                + "CREATE VIEW v AS SELECT answer() AS a;",
                        "CREATE FUNCTION answer() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 42::bigint';"
                                + "CREATE VIEW v AS SELECT answer() AS a;",
                        "DROP FUNCTION public.answer()"),
                Scenario.of(
                        "function parameter renamed",
                        "CREATE FUNCTION twice(n int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT n * 2';",
                        "CREATE FUNCTION twice(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';",
                        "DROP FUNCTION public.twice(n integer);\nCREATE OR REPLACE FUNCTION public.twice(x integer)"),
                // views
                Scenario.of(
                        "create view",
                        ORDERS,
                        ORDERS + "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 1000;"),
                Scenario.of(
                        "change view",
                        ORDERS + "CREATE VIEW v AS SELECT id FROM orders;",
                        ORDERS + "CREATE VIEW v AS SELECT id, total FROM orders;"),
                Scenario.of(
                        "view over a column whose type changes",
                        ORDERS + "CREATE VIEW v AS SELECT id, total FROM orders;"
                                + "CREATE VIEW vv AS SELECT total FROM v;",
                        ORDERS.replace("numeric(10,2)", "numeric(12,2)")
                                + "CREATE VIEW v AS SELECT id, total FROM orders;"
                                + "CREATE VIEW vv AS SELECT total FROM v;"),
                Scenario.of(
                        "index on a materialized view survives its recreation",
                        ORDERS + "CREATE MATERIALIZED VIEW m AS SELECT user_id, total FROM orders;"
                                + "CREATE UNIQUE INDEX m_user ON m (user_id);",
                        ORDERS.replace("total numeric(10,2)", "total numeric(12,2)")
                                + "CREATE MATERIALIZED VIEW m AS SELECT user_id, total FROM orders;"
                                + "CREATE UNIQUE INDEX m_user ON m (user_id); CREATE INDEX m_total ON m (total);"),
                Scenario.of(
                        "SQL function over a table created in the same migration",
                        "",
                        "CREATE TABLE t (id int);"
                                + "CREATE FUNCTION t_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM t';",
                        "SET LOCAL check_function_bodies = false"),
                Scenario.of(
                        "materialized view",
                        ORDERS,
                        ORDERS
                                + "CREATE MATERIALIZED VIEW totals AS SELECT user_id, sum(total) AS s FROM orders GROUP BY 1;"
                                + "COMMENT ON MATERIALIZED VIEW totals IS 'per user';"),
                // functions and triggers
                Scenario.of("create function and trigger", USERS, USERS + """
                        ALTER TABLE users ADD COLUMN updated_at timestamptz;
                        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
                        CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                        COMMENT ON FUNCTION touch() IS 'sets updated_at';
                        """),
                Scenario.of(
                        "change function body",
                        "CREATE FUNCTION answer() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 41';",
                        "CREATE FUNCTION answer() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 42';"),
                Scenario.of(
                        "function used by a default and an index",
                        "CREATE TABLE t (code text);",
                        "CREATE FUNCTION norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower($1)';"
                                + "CREATE FUNCTION fresh() RETURNS text LANGUAGE sql AS 'SELECT md5(random()::text)';"
                                + "CREATE TABLE t (code text DEFAULT fresh());"
                                + "CREATE UNIQUE INDEX t_code ON t (norm(code));"),
                Scenario.of("trigger over a column whose type changes", """
                        CREATE TABLE t (a int, b int);
                        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                        CREATE TRIGGER t_a BEFORE UPDATE OF a ON t FOR EACH ROW EXECUTE FUNCTION f();
                        """, """
                        CREATE TABLE t (a bigint, b int);
                        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                        CREATE TRIGGER t_a BEFORE UPDATE OF a ON t FOR EACH ROW EXECUTE FUNCTION f();
                        """),
                Scenario.of(
                        "table replaced by another that keeps its serial sequence",
                        "CREATE TABLE packages (id serial PRIMARY KEY, name text);",
                        "CREATE SEQUENCE packages_id_seq AS integer;"
                                + "CREATE TABLE crates (id integer NOT NULL DEFAULT nextval('packages_id_seq'),"
                                + " name text);"
                                + "ALTER SEQUENCE packages_id_seq OWNED BY crates.id;"),
                // schemas and extensions
                Scenario.of(
                        "create schema with a table",
                        "",
                        "CREATE SCHEMA billing;"
                                + "COMMENT ON SCHEMA billing IS 'money';"
                                + "CREATE TABLE billing.invoices (id int PRIMARY KEY, user_id int);"),
                Scenario.of("drop schema", "CREATE SCHEMA billing; CREATE TABLE billing.t (id int);", ""),
                Scenario.of(
                        "create extension and use its type",
                        USERS,
                        "CREATE EXTENSION citext;" + USERS.replace("varchar(200)", "citext")),
                Scenario.of("drop extension", "CREATE EXTENSION pg_trgm;", ""),
                Scenario.of("a whole model at once", "", """
                        CREATE SCHEMA shop;
                        CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped');
                        CREATE TABLE shop.customers (
                            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            email text NOT NULL UNIQUE,
                            created_at timestamptz NOT NULL DEFAULT now());
                        CREATE TABLE shop.orders (
                            id bigserial PRIMARY KEY,
                            customer_id bigint NOT NULL REFERENCES shop.customers ON DELETE RESTRICT,
                            status shop.status NOT NULL DEFAULT 'new',
                            amount numeric(12,2) CHECK (amount >= 0),
                            tax numeric(12,2) GENERATED ALWAYS AS (amount * 0.2) STORED);
                        CREATE INDEX orders_open ON shop.orders (customer_id) WHERE status <> 'shipped';
                        CREATE VIEW shop.open_orders AS SELECT * FROM shop.orders WHERE status = 'new';
                        COMMENT ON TABLE shop.orders IS 'what customers bought';
                        """));
    }
}
