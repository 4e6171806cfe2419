package dev.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snapshot reads every object kind from a real catalog, and the comparison names each difference. */
class SchemaSnapshotIT {

    static final String SCHEMA = """
            CREATE EXTENSION citext;
            CREATE SCHEMA billing;
            COMMENT ON SCHEMA billing IS 'money';
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE SEQUENCE billing.invoice_numbers AS integer START 1000 INCREMENT 5 CACHE 10;
            CREATE TABLE users (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email citext NOT NULL,
                name varchar(100) DEFAULT 'anonymous',
                price numeric(10, 2) CHECK (price >= 0),
                feeling mood,
                first text,
                last text,
                full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED,
                created_at timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT users_email_key UNIQUE (email)
            );
            COMMENT ON TABLE users IS 'people';
            COMMENT ON COLUMN users.email IS 'login';
            CREATE TABLE billing.invoices (
                id serial PRIMARY KEY,
                number integer NOT NULL DEFAULT nextval('billing.invoice_numbers'),
                user_id bigint REFERENCES users (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                total numeric(12, 2),
                note text
            );
            ALTER SEQUENCE billing.invoice_numbers OWNED BY billing.invoices.number;
            CREATE INDEX invoices_user_partial ON billing.invoices USING btree (user_id) INCLUDE (total)
                WHERE total > 0;
            CREATE UNIQUE INDEX users_lower_name ON users (lower(name));
            CREATE INDEX invoices_note_hash ON billing.invoices USING hash (note);
            CREATE VIEW big_invoices AS SELECT id, total FROM billing.invoices WHERE total > 1000;
            CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users;
            CREATE TABLE migrations_history (version text);
            """;

    @RegisterExtension
    static final PostgresTestDatabase first = new PostgresTestDatabase();

    @RegisterExtension
    static final PostgresTestDatabase second = new PostgresTestDatabase();

    @BeforeAll
    static void createSchemas() {
        first.execute(SCHEMA);
        second.execute(SCHEMA);
    }

    @Test
    void readsEveryObjectKind() throws SQLException {
        SchemaSnapshot snapshot = snapshot(first);

        assertThat(snapshot.schemas()).containsEntry("billing", "money").containsKey("public");
        assertThat(snapshot.extensions()).containsKeys("citext", "plpgsql");
        assertThat(snapshot.enums().get("public.mood").labels()).containsExactly("sad", "ok", "happy");
        assertThat(snapshot.tables()).containsOnlyKeys("public.users", "billing.invoices");

        Table users = snapshot.tables().get("public.users");
        assertThat(users.comment()).isEqualTo("people");
        assertThat(users.columns().keySet())
                .containsExactly("id", "email", "name", "price", "feeling", "first", "last", "full_name", "created_at");
        assertThat(users.columns().get("id").identity()).isEqualTo("ALWAYS");
        assertThat(users.columns().get("email"))
                .isEqualTo(new Column("email", "public.citext", true, null, null, null, null, "login"));
        assertThat(users.columns().get("name").type()).isEqualTo("character varying(100)");
        assertThat(users.columns().get("name").defaultExpression()).isEqualTo("'anonymous'::character varying");
        assertThat(users.columns().get("price").type()).isEqualTo("numeric(10,2)");
        assertThat(users.columns().get("feeling").type()).isEqualTo("public.mood");
        assertThat(users.columns().get("full_name").generatedExpression()).isEqualTo("((first || ' '::text) || last)");
        assertThat(users.columns().get("full_name").defaultExpression()).isNull();
        assertThat(users.constraints().get("users_pkey").kind()).isEqualTo(Constraint.Kind.PRIMARY_KEY);
        assertThat(users.constraints().get("users_price_check").definition())
                .isEqualTo("CHECK ((price >= (0)::numeric))");
        assertThat(users.constraints().get("users_email_key").columns()).containsExactly("email");
        assertThat(users.indexes()).containsOnlyKeys("users_lower_name");
        assertThat(users.indexes().get("users_lower_name").definition())
                .isEqualTo("CREATE UNIQUE INDEX users_lower_name ON public.users USING btree (lower((name)::text))");

        Table invoices = snapshot.tables().get("billing.invoices");
        Constraint fk = invoices.constraints().get("invoices_user_id_fkey");
        assertThat(fk.referencedTable()).isEqualTo("public.users");
        assertThat(fk.definition())
                .isEqualTo("FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE"
                        + " DEFERRABLE INITIALLY DEFERRED");
        assertThat(invoices.indexes().get("invoices_user_partial").definition())
                .isEqualTo("CREATE INDEX invoices_user_partial ON billing.invoices USING btree (user_id)"
                        + " INCLUDE (total) WHERE (total > (0)::numeric)");
        assertThat(invoices.indexes().get("invoices_note_hash").definition()).contains("USING hash (note)");

        assertThat(snapshot.sequences()).containsOnlyKeys("billing.invoice_numbers", "billing.invoices_id_seq");
        assertThat(snapshot.sequences().get("billing.invoice_numbers"))
                .isEqualTo(new Sequence(
                        "billing",
                        "invoice_numbers",
                        "integer",
                        1000,
                        5,
                        1,
                        Integer.MAX_VALUE,
                        10,
                        false,
                        "billing.invoices.number",
                        null));
        assertThat(snapshot.sequences().get("billing.invoices_id_seq").ownedBy())
                .isEqualTo("billing.invoices.id");

        assertThat(snapshot.views()).containsOnlyKeys("public.big_invoices", "public.user_count");
        assertThat(snapshot.views().get("public.user_count").materialized()).isTrue();
        assertThat(snapshot.views().get("public.big_invoices").definition()).contains("FROM billing.invoices");
    }

    @Test
    void equalSchemasCompareEqual() throws SQLException {
        SchemaComparison comparison = SchemaComparison.of(snapshot(first), snapshot(second));

        assertThat(comparison.equal()).as(comparison.describe()).isTrue();
        assertThat(comparison.describe()).isEqualTo("schemas are equal");
        assertThat(snapshot(first)).isEqualTo(snapshot(second));
    }

    @Test
    void namesEveryDifference() throws SQLException {
        PostgresTestDatabase changed = new PostgresTestDatabase().create();
        try {
            changed.execute(SCHEMA);
            changed.execute("""
                    ALTER TABLE users ALTER COLUMN name TYPE varchar(200);
                    ALTER TABLE users ALTER COLUMN created_at DROP NOT NULL;
                    ALTER TABLE users ADD COLUMN nickname text;
                    ALTER TABLE billing.invoices DROP CONSTRAINT invoices_user_id_fkey;
                    ALTER TABLE billing.invoices ADD CONSTRAINT invoices_user_id_fkey FOREIGN KEY (user_id)
                        REFERENCES users (id);
                    DROP INDEX billing.invoices_note_hash;
                    ALTER TYPE mood ADD VALUE 'ecstatic';
                    COMMENT ON COLUMN users.email IS NULL;
                    """);
            SchemaComparison comparison = SchemaComparison.of(snapshot(first), snapshot(changed));

            assertThat(comparison.equal()).isFalse();
            assertThat(comparison.describe()).isEqualTo("""
                            7 differences:
                              column public.users.created_at: not null is false, expected true
                              column public.users.email: comment is none, expected login
                              column public.users.name: type is character varying(200), expected character varying(100)
                              column public.users.nickname: unexpected
                              constraint billing.invoices.invoices_user_id_fkey: definition is FOREIGN KEY (user_id) \
                            REFERENCES public.users(id), expected FOREIGN KEY (user_id) REFERENCES public.users(id) \
                            ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
                              enum public.mood: labels is 'sad', 'ok', 'happy', 'ecstatic', expected 'sad', 'ok', 'happy'
                              index billing.invoices_note_hash: missing""");
        } finally {
            changed.drop();
        }
    }

    @Test
    void leavesTheConnectionAsItFoundIt() throws SQLException {
        try (Connection connection = first.connect()) {
            connection.createStatement().execute("SET search_path = billing, public");
            SchemaSnapshot.read(connection);
            assertThat(connection.getAutoCommit()).isTrue();
            try (var rs = connection.createStatement().executeQuery("SHOW search_path")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("billing, public");
            }
        }
    }

    static SchemaSnapshot snapshot(PostgresTestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.read(connection);
        }
    }
}
