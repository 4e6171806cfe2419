package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lock tracing measured against the lock levels PostgreSQL documents (chapter 13.3 "Explicit Locking", table 13.2,
 * and the reference pages of ALTER TABLE, CREATE INDEX, CREATE TRIGGER, REINDEX, CLUSTER, TRUNCATE, COMMENT,
 * ANALYZE): each case is one statement kind, the strongest mode it holds on each existing table, and whether it
 * rewrote or scanned it.
 */
class LockTracingIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    static final String SCHEMA = """
            CREATE TABLE users (id bigint PRIMARY KEY, email text);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total int, note varchar(100), status text);
            CREATE INDEX orders_status_idx ON orders (status);
            CREATE TABLE logs (id bigint, line text);
            CREATE TABLE parent (id bigint, at date) PARTITION BY RANGE (at);
            CREATE TABLE part_2026 (id bigint, at date);
            CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            INSERT INTO users VALUES (1, 'a@example.com');
            INSERT INTO orders VALUES (1, 1, 5, 'n', 'new');
            """;

    /** One statement kind and what the documentation says it does to existing tables. */
    record Case(String sql, Map<String, String> tableLocks, Set<String> rewritten, Set<String> scanned) {}

    static final List<Case> CASES = List.of(
            // table 13.2: SELECT takes ACCESS SHARE
            new Case("SELECT count(*) FROM orders", Map.of("orders", "ACCESS SHARE"), Set.of(), Set.of("orders")),
            // UPDATE, DELETE, INSERT take ROW EXCLUSIVE (and read the table to find rows)
            new Case("UPDATE orders SET note = 'x'", Map.of("orders", "ROW EXCLUSIVE"), Set.of(), Set.of("orders")),
            // LOCK TABLE takes the mode it names
            new Case("LOCK TABLE users IN ROW SHARE MODE", Map.of("users", "ROW SHARE"), Set.of(), Set.of()),
            // ANALYZE: SHARE UPDATE EXCLUSIVE
            new Case("ANALYZE orders", Map.of("orders", "SHARE UPDATE EXCLUSIVE"), Set.of(), Set.of()),
            // COMMENT ON: SHARE UPDATE EXCLUSIVE (table 13.2 lists it)
            new Case("COMMENT ON TABLE orders IS 'x'", Map.of("orders", "SHARE UPDATE EXCLUSIVE"), Set.of(), Set.of()),
            // ALTER TABLE: SET STATISTICS and SET (storage parameter) take SHARE UPDATE EXCLUSIVE
            new Case(
                    "ALTER TABLE orders ALTER COLUMN status SET STATISTICS 200",
                    Map.of("orders", "SHARE UPDATE EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            new Case(
                    "ALTER TABLE orders SET (fillfactor = 90)",
                    Map.of("orders", "SHARE UPDATE EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            // CREATE INDEX (without CONCURRENTLY): SHARE, and reads the whole table
            new Case(
                    "CREATE INDEX orders_user_idx ON orders (user_id)",
                    Map.of("orders", "SHARE"),
                    Set.of(),
                    Set.of("orders")),
            // CREATE TRIGGER: SHARE ROW EXCLUSIVE
            new Case(
                    "CREATE TRIGGER orders_noop BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION noop()",
                    Map.of("orders", "SHARE ROW EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            // ADD FOREIGN KEY: SHARE ROW EXCLUSIVE on both tables; NOT VALID skips the check of existing rows
            new Case(
                    "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)"
                            + " NOT VALID",
                    Map.of("orders", "SHARE ROW EXCLUSIVE", "users", "SHARE ROW EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            // VALIDATE CONSTRAINT: SHARE UPDATE EXCLUSIVE, plus ROW SHARE on the referenced table for a foreign key
            new Case(
                    "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk",
                    Map.of("orders", "SHARE UPDATE EXCLUSIVE", "users", "ROW SHARE"),
                    Set.of(),
                    Set.of("orders")),
            // ADD CONSTRAINT ... CHECK NOT VALID: ACCESS EXCLUSIVE, no scan
            new Case(
                    "ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total >= 0) NOT VALID",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            new Case(
                    "ALTER TABLE orders VALIDATE CONSTRAINT orders_total",
                    Map.of("orders", "SHARE UPDATE EXCLUSIVE"),
                    Set.of(),
                    Set.of("orders")),
            // ADD CONSTRAINT ... CHECK: ACCESS EXCLUSIVE and a scan of every row
            new Case(
                    "ALTER TABLE orders ADD CONSTRAINT orders_total_max CHECK (total < 1000000)",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of("orders")),
            // SET NOT NULL: ACCESS EXCLUSIVE and a scan
            new Case(
                    "ALTER TABLE orders ALTER COLUMN status SET NOT NULL",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of("orders")),
            // ADD COLUMN with a constant default: ACCESS EXCLUSIVE, no rewrite since PostgreSQL 11
            new Case(
                    "ALTER TABLE orders ADD COLUMN paid boolean DEFAULT false",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            // widening varchar: binary-coercible, no rewrite
            new Case(
                    "ALTER TABLE orders ALTER COLUMN note TYPE varchar(200)",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            // a volatile default rewrites the table (reading every row into the new storage)
            new Case(
                    "ALTER TABLE orders ADD COLUMN token float8 DEFAULT random()",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of("table orders"),
                    Set.of("orders")),
            // a type change that is not binary-coercible rewrites it
            new Case(
                    "ALTER TABLE orders ALTER COLUMN total TYPE bigint",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of("table orders"),
                    Set.of("orders")),
            // ADD CONSTRAINT ... UNIQUE builds the index under ACCESS EXCLUSIVE
            new Case(
                    "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)",
                    Map.of("users", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of("users")),
            // ATTACH PARTITION: SHARE UPDATE EXCLUSIVE on the parent, ACCESS EXCLUSIVE on the partition
            new Case(
                    "ALTER TABLE parent ATTACH PARTITION part_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                    Map.of("parent", "SHARE UPDATE EXCLUSIVE", "part_2026", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of("part_2026")),
            // REINDEX: SHARE on the table (writes blocked, reads not); new storage for its indexes
            new Case("REINDEX TABLE users", Map.of("users", "SHARE"), Set.of("index users_pkey"), Set.of("users")),
            // RENAME COLUMN: ACCESS EXCLUSIVE
            new Case(
                    "ALTER TABLE orders RENAME COLUMN note TO remark",
                    Map.of("orders", "ACCESS EXCLUSIVE"),
                    Set.of(),
                    Set.of()),
            // TRUNCATE: ACCESS EXCLUSIVE, new (empty) storage
            new Case("TRUNCATE logs", Map.of("logs", "ACCESS EXCLUSIVE"), Set.of("table logs"), Set.of()),
            // CLUSTER: ACCESS EXCLUSIVE and a rewrite
            new Case(
                    "CLUSTER users USING users_pkey",
                    Map.of("users", "ACCESS EXCLUSIVE"),
                    Set.of("table users"),
                    Set.of("users")),
            // DROP INDEX: ACCESS EXCLUSIVE on the index's table
            new Case("DROP INDEX orders_status_idx", Map.of("orders", "ACCESS EXCLUSIVE"), Set.of(), Set.of()),
            // DROP TABLE: ACCESS EXCLUSIVE
            new Case("DROP TABLE logs", Map.of("logs", "ACCESS EXCLUSIVE"), Set.of(), Set.of()));

    static List<StatementTrace> traces;

    static long millis;

    @BeforeAll
    static void trace() {
        String migration = CASES.stream().map((c) -> c.sql() + ";").collect(Collectors.joining("\n"));
        List<MigrationScript> scripts = List.of(
                MigrationScripts.parse("1", "V1__schema.sql", SCHEMA),
                MigrationScripts.parse("2", "V2__cases.sql", migration),
                MigrationScripts.parse(
                        "3",
                        "V3__concurrently.sql",
                        "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY orders_id_user_idx ON orders (id, user_id);\n"
                                + "VACUUM users;\nVACUUM FULL users;"));
        long start = System.nanoTime();
        traces = tracer().trace(scripts, (v) -> !v.equals("1"));
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    static LockTracer tracer() {
        return LockTracer.create(db.server().jdbcUrl("postgres"), db.user(), db.password());
    }

    @Test
    void atLeastFifteenStatementKindsTakeTheDocumentedLocks() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(15);
        assertThat(traces).hasSize(CASES.size() + 3);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            StatementTrace t = traces.get(i);
            assertThat(t.statement()).isEqualTo(c.sql());
            assertThat(t.error()).as(c.sql()).isNull();
            Map<String, String> tables = t.locks().stream()
                    .filter((l) -> l.contains(" on table "))
                    .collect(Collectors.toMap(
                            (l) -> l.substring(l.indexOf(" on table ") + " on table ".length()),
                            (l) -> l.substring(0, l.indexOf(" on table "))));
            if (!tables.equals(c.tableLocks())) {
                problems.add(c.sql() + ": locks " + tables + ", documented " + c.tableLocks());
            }
            if (!Set.copyOf(t.rewritten()).containsAll(c.rewritten())
                    || t.rewritten().stream()
                            .anyMatch((r) ->
                                    r.startsWith("table ") && !c.rewritten().contains(r))) {
                problems.add(c.sql() + ": rewrote " + t.rewritten() + ", expected " + c.rewritten());
            }
            Set<String> scanned =
                    t.scanned().stream().map((s) -> s.replace("table ", "")).collect(Collectors.toSet());
            if (!scanned.equals(c.scanned())) {
                problems.add(c.sql() + ": scanned " + scanned + ", expected " + c.scanned());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(traces.get(4).line()).isEqualTo(5);
        assertThat(traces.get(17).describe())
                .isEqualTo("V2 line 18 took ACCESS EXCLUSIVE on table orders, ACCESS EXCLUSIVE on index orders_pkey,"
                        + " ACCESS EXCLUSIVE on index orders_status_idx and rewrote table orders, index orders_pkey,"
                        + " index orders_status_idx and scanned table orders in full");
    }

    /**
     * Statements that run outside a transaction are observed while they wait for a writer (ROW EXCLUSIVE on every
     * existing table): CREATE INDEX CONCURRENTLY holds SHARE UPDATE EXCLUSIVE (documented: it does not block writes),
     * plain VACUUM never waits (SHARE UPDATE EXCLUSIVE), VACUUM FULL waits for ACCESS EXCLUSIVE.
     */
    @Test
    void statementsOutsideATransactionAreObservedBesideAWriter() {
        StatementTrace concurrently = traces.get(CASES.size());
        assertThat(concurrently.error()).isNull();
        assertThat(concurrently.observedLocks()).isTrue();
        assertThat(concurrently.locks()).contains("SHARE UPDATE EXCLUSIVE on table orders");
        StatementTrace vacuum = traces.get(CASES.size() + 1);
        assertThat(vacuum.observedLocks()).isFalse();
        assertThat(vacuum.describe()).contains("without waiting for writers");
        StatementTrace full = traces.get(CASES.size() + 2);
        assertThat(full.locks()).contains("ACCESS EXCLUSIVE (waiting) on table users");
        assertThat(full.rewritten()).contains("table users");
    }

    @Test
    void theScratchDatabaseIsAlwaysDroppedEvenAfterAFailure() throws Exception {
        List<StatementTrace> failed = tracer().trace(
                        List.of(
                                MigrationScripts.parse("1", "V1__schema.sql", "CREATE TABLE t (id int);"),
                                MigrationScripts.parse(
                                        "2", "V2__bad.sql", "ALTER TABLE t ADD COLUMN a int;\nSELECT nope;")),
                        (v) -> v.equals("2"));
        assertThat(failed).hasSize(2);
        assertThat(failed.get(1).error()).contains("nope");
        assertThat(failed.get(1).describe()).startsWith("V2 line 2 failed on the scratch database");
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrations_lint_%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
