package dev.migrations.core;

import static dev.migrations.core.Thrown.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full text of every failure a user sees, and the operations around failures (repair, baseline, dry run, target)
 * against a real PostgreSQL. Each test uses its own fixed schema so that messages are stable.
 */
class ErrorMessagesIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private static final String TRANSACTIONAL_ROLLBACK =
            "the whole migration and its history change: the schema is" + " as it was before version ";

    // ---------------------------------------------------------------- helpers

    private Path write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return dir.resolve(name);
    }

    private String script(String name) {
        return "filesystem:" + dir.resolve(name);
    }

    private Migrator migrator(String schema) {
        return migrator(schema, (b) -> b);
    }

    private Migrator migrator(String schema, UnaryOperator<MigrationsConfig.Builder> custom) {
        return migrator(db.dataSource(), schema, custom);
    }

    private Migrator migrator(DataSource dataSource, String schema, UnaryOperator<MigrationsConfig.Builder> custom) {
        return Migrator.create(
                dataSource,
                custom.apply(MigrationsConfig.builder()
                                .locations("filesystem:" + dir)
                                .schema(schema))
                        .build());
    }

    private static boolean tableExists(String schema, String table) throws SQLException {
        return db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                        + "' AND table_name = '" + table + "'")
                == 1;
    }

    private static boolean columnExists(String schema, String table, String column) throws SQLException {
        return db.count("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + schema
                        + "' AND table_name = '" + table + "' AND column_name = '" + column + "'")
                == 1;
    }

    private static boolean schemaExists(String schema) throws SQLException {
        return db.count("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'") == 1;
    }

    private static MigrationInfo info(Migrator migrator, String version) {
        return migrator.info().migrations().stream()
                .filter((m) -> m.version().equals(version))
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- statement failures

    @Test
    void failingStatementInATransactionalMigrationNamesTheLineOfTheErrorPosition() throws Exception {
        write(
                "V1__bad_column.sql",
                "CREATE TABLE mig030.t (id int);\n"
                        + "-- the next statement starts on line 3; its error is on line 5\n"
                        + "INSERT INTO mig030.t (id)\n"
                        + "SELECT id\n"
                        + "  FROM mig030.t WHERE nope = 1;\n");
        MigrationException ex = failure(() -> migrator("mig030").migrate());

        String script = script("V1__bad_column.sql");
        assertThat(ex.getMessage())
                .isEqualTo("MIG-030 Migration " + script + " (version 1) failed at line 5.\n"
                        + "  Script:      " + script + ", line 5\n"
                        + "  Statement:   INSERT INTO mig030.t (id) SELECT id FROM mig030.t WHERE nope = 1\n"
                        + "  Database:    ERROR: column \"nope\" does not exist (SQLState 42703)\n"
                        + "  Position:    character 59 of the statement\n"
                        + "  Rolled back: " + TRANSACTIONAL_ROLLBACK + "1 was attempted\n"
                        + "  Action:      Fix the statement in " + script + " and start again: the migration is not"
                        + " recorded as applied, so it runs again.");
        assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
        assertThat(ex.script()).isEqualTo(script);
        assertThat(ex.line())
                .as("the line of the error position, inside the statement starting at line 3")
                .isEqualTo(5);
        assertThat(ex.statement()).isEqualTo("INSERT INTO mig030.t (id)\nSELECT id\n  FROM mig030.t WHERE nope = 1");
        assertThat(ex.rolledBack()).startsWith("the whole migration");
        assertThat(tableExists("mig030", "t")).isFalse();
        assertThat(db.count("SELECT count(*) FROM mig030.migrations_history")).isZero();
    }

    @Test
    void uniqueViolationShowsPostgresDetail() throws Exception {
        write(
                "V1__dup.sql",
                "CREATE TABLE mig030u.t (id int PRIMARY KEY);\n"
                        + "INSERT INTO mig030u.t VALUES (1);\n"
                        + "INSERT INTO mig030u.t\n"
                        + "VALUES (1);\n");
        MigrationException ex = failure(() -> migrator("mig030u").migrate());

        String script = script("V1__dup.sql");
        assertThat(ex.getMessage())
                .isEqualTo("MIG-030 Migration " + script + " (version 1) failed at line 3.\n"
                        + "  Script:      " + script + ", line 3\n"
                        + "  Statement:   INSERT INTO mig030u.t VALUES (1)\n"
                        + "  Database:    ERROR: duplicate key value violates unique constraint \"t_pkey\""
                        + " (SQLState 23505)\n"
                        + "  Detail:      Key (id)=(1) already exists.\n"
                        + "  Rolled back: " + TRANSACTIONAL_ROLLBACK + "1 was attempted\n"
                        + "  Action:      Fix the statement in " + script + " and start again: the migration is not"
                        + " recorded as applied, so it runs again.");
        assertThat(ex.databaseError().detail()).isEqualTo("Key (id)=(1) already exists.");
        assertThat(ex.databaseError().position()).isZero();
        assertThat(tableExists("mig030u", "t")).isFalse();
    }

    @Test
    void hintIsShown() throws Exception {
        write("V1__hint.sql", "SELECT mig030h_nowhere(1);\n");
        MigrationException ex = failure(() -> migrator("mig030h").migrate());
        String script = script("V1__hint.sql");
        assertThat(ex.getMessage())
                .isEqualTo("MIG-030 Migration " + script + " (version 1) failed at line 1.\n"
                        + "  Script:      " + script + ", line 1\n"
                        + "  Statement:   SELECT mig030h_nowhere(1)\n"
                        + "  Database:    ERROR: function mig030h_nowhere(integer) does not exist (SQLState 42883)\n"
                        + "  Hint:        No function matches the given name and argument types. You might need to"
                        + " add explicit type casts.\n"
                        + "  Position:    character 8 of the statement\n"
                        + "  Rolled back: " + TRANSACTIONAL_ROLLBACK + "1 was attempted\n"
                        + "  Action:      Fix the statement in " + script + " and start again: the migration is not"
                        + " recorded as applied, so it runs again.");
    }

    @Test
    void failureInANoTransactionMigrationListsWhatRanThenBlocksUntilRepair() throws Exception {
        write(
                "V1__concurrently.sql",
                "-- migrate:no-transaction\n"
                        + "CREATE TABLE mig031.a (id int);\n"
                        + "CREATE INDEX CONCURRENTLY a_id ON mig031.a (id);\n"
                        + "INSERT INTO mig031.missing VALUES (1);\n"
                        + "CREATE TABLE mig031.b (id int);\n");
        Migrator migrator = migrator("mig031", (b) -> b.mixed(true));
        MigrationException ex = failure(migrator::migrate);

        String script = script("V1__concurrently.sql");
        assertThat(ex.getMessage())
                .isEqualTo("MIG-031 Migration " + script + " (version 1) failed at line 4.\n"
                        + "  Script:      " + script + ", line 4\n"
                        + "  Statement:   INSERT INTO mig031.missing VALUES (1)\n"
                        + "  Database:    ERROR: relation \"mig031.missing\" does not exist (SQLState 42P01)\n"
                        + "  Position:    character 13 of the statement\n"
                        + "  Rolled back: nothing: the migration runs without a transaction. Statements 1 (line 2),"
                        + " 2 (line 3) of 4 ran and stay committed; statement 3 (line 4) failed; the 1 after it did"
                        + " not run.\n"
                        + "  Action:      Check which of the statements that ran took effect (an interrupted CREATE"
                        + " INDEX CONCURRENTLY leaves an INVALID index that must be dropped), fix " + script
                        + ", then run repair to remove the failed history row and start again.");
        assertThat(ex.code()).isEqualTo(ErrorCode.NON_TRANSACTIONAL_MIGRATION_FAILED);
        assertThat(tableExists("mig031", "a")).isTrue();
        assertThat(tableExists("mig031", "b")).isFalse();
        assertThat(db.count("SELECT count(*) FROM mig031.migrations_history WHERE NOT success"))
                .isEqualTo(1);

        // the next start refuses to run: MIG-013
        Instant failedOn = info(migrator, "1").installedOn();
        assertThat(info(migrator, "1").state()).isEqualTo(MigrationState.FAILED);
        MigrationException blocked = failure(migrator::migrate);
        assertThat(blocked.getMessage())
                .isEqualTo("MIG-013 Migration " + script + " (version 1) is recorded as failed in"
                        + " \"mig031\".\"migrations_history\" since " + failedOn + ".\n"
                        + "  Script:      " + script + "\n"
                        + "  Rolled back: nothing: it ran without a transaction, so the statements before the failing"
                        + " one stayed applied\n"
                        + "  Action:      Check the schema and finish or undo that migration's statements by hand,"
                        + " then run repair (Migrator.repair()) to remove the failed row,"
                        + " and start again.");
        assertThat(blocked.code()).isEqualTo(ErrorCode.FAILED_MIGRATION_IN_HISTORY);
        assertThat(failure(() -> migrator.downgrade(1)).code()).isEqualTo(ErrorCode.FAILED_MIGRATION_IN_HISTORY);

        // repair removes the row; with the file fixed (and the half-done work undone) the migration runs again
        MigrationResult repaired = migrator.repair();
        assertThat(repaired.messages())
                .containsExactly("Removed 1 failed migration row(s) from \"mig031\".\"migrations_history\"");
        assertThat(db.count("SELECT count(*) FROM mig031.migrations_history")).isZero();
        db.execute("DROP TABLE mig031.a");
        write(
                "V1__concurrently.sql",
                "-- migrate:no-transaction\n"
                        + "CREATE TABLE mig031.a (id int);\n"
                        + "CREATE INDEX CONCURRENTLY a_id ON mig031.a (id);\n"
                        + "CREATE TABLE mig031.b (id int);\n");
        assertThat(migrator.migrate().finalVersion()).isEqualTo("1");
        assertThat(tableExists("mig031", "b")).isTrue();
        assertThat(db.count("SELECT count(*) FROM mig031.migrations_history WHERE success"))
                .isEqualTo(1);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void checksumMismatchShowsBothChecksums() throws Exception {
        write("V1__create.sql", "CREATE TABLE mig011.t (id int);\n");
        Migrator migrator = migrator("mig011");
        migrator.migrate();
        MigrationInfo applied = info(migrator, "1");
        write("V1__create.sql", "CREATE TABLE mig011.t (id bigint);\n");
        Integer local = info(migrator, "1").checksum();
        assertThat(local).isNotEqualTo(applied.checksum());

        MigrationException ex = failure(migrator::migrate);
        String script = script("V1__create.sql");
        assertThat(ex.getMessage())
                .isEqualTo("MIG-011 Migration " + script + " (version 1) changed after it was applied: checksum in"
                        + " database " + applied.checksum() + " (applied " + applied.installedOn() + " by postgres),"
                        + " checksum of the local file " + local + ".\n"
                        + "  Script:      " + script + "\n"
                        + "  Action:      Restore the file to the content that was applied (for example with git"
                        + " log/checkout), and put further changes in a new migration. If the edit is intended and"
                        + " harmless (a comment, formatting), run repair to record the new checksum.");
        assertThat(ex.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        assertThat(failure(migrator::validate).getMessage()).isEqualTo(ex.getMessage());

        // repair records the new checksum, then migrate is content
        assertThat(migrator.repair().messages())
                .containsExactly("Recorded checksum " + local + " (was " + applied.checksum() + ") for version 1");
        assertThat(migrator.migrate().executed()).isEmpty();
    }

    @Test
    void outOfOrderNamesBothVersionsAndTheOption() throws Exception {
        write("V1__one.sql", "CREATE TABLE mig010.one (id int);\n");
        write("V3__three.sql", "CREATE TABLE mig010.three (id int);\n");
        migrator("mig010").migrate();
        write("V2__two.sql", "CREATE TABLE mig010.two (id int);\n");

        MigrationException ex = failure(() -> migrator("mig010").migrate());
        assertThat(ex.getMessage())
                .isEqualTo("MIG-010 Migration " + script("V2__two.sql") + " (version 2) is pending but older than"
                        + " the newest applied version 3 (" + script("V3__three.sql") + ").\n"
                        + "  Script:      " + script("V2__two.sql") + "\n"
                        + "  Action:      This usually follows a merge of two branches. Give the migration a version"
                        + " above 3, or set outOfOrder=true to apply it anyway.");
        assertThat(ex.code()).isEqualTo(ErrorCode.OUT_OF_ORDER);
        assertThat(tableExists("mig010", "two")).isFalse();

        MigrationResult result = migrator("mig010", (b) -> b.outOfOrder(true)).migrate();
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
        assertThat(result.finalVersion()).isEqualTo("3");
    }

    // ---------------------------------------------------------------- locks

    /** FNV-1a over "schema.table", as documented for the migration lock (stable across versions and JVMs). */
    private static long lockKey(String schema, String table) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (schema + "." + table).getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    @Test
    void lockWaitTimeoutNamesTheHolder() throws Exception {
        write("V1__one.sql", "CREATE TABLE mig050.one (id int);\n");
        long key = lockKey("mig050", "migrations_history");
        assertThat(key).isEqualTo(MigrationLock.key("mig050.migrations_history"));
        try (Connection holder = new DriverManagerDataSource(
                        db.jdbcUrl() + "?ApplicationName=lock-holder", db.user(), null)
                .getConnection()) {
            int pid;
            try (PreparedStatement s = holder.prepareStatement("SELECT pg_advisory_lock(?), pg_backend_pid()")) {
                s.setLong(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    pid = rs.getInt(2);
                }
            }
            Instant since;
            String from;
            try (Connection admin = db.connect();
                    PreparedStatement s = admin.prepareStatement("SELECT coalesce(query_start, backend_start),"
                            + " host(client_addr) FROM pg_stat_activity WHERE pid = ?")) {
                s.setInt(1, pid);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    since = rs.getTimestamp(1).toInstant();
                    from = (rs.getString(2) != null) ? " from " + rs.getString(2) : ""; // 127.0.0.1 locally
                }
            }
            long start = System.nanoTime();
            MigrationException ex = failure(() -> migrator("mig050", (b) -> b.lockWaitTimeout(Duration.ofSeconds(2)))
                    .migrate());
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(waited).isBetween(1900L, 6000L);
            assertThat(ex.getMessage())
                    .isEqualTo("MIG-050 Timed out after 2 s waiting for the migration lock on"
                            + " \"mig050\".\"migrations_history\", held by server process " + pid
                            + " (application 'lock-holder')" + from + ", active since " + since + ".\n"
                            + "  Rolled back: nothing: no migration ran\n"
                            + "  Action:      Another instance is migrating, or a session holding the lock is stuck."
                            + " Wait for it and restart, or raise lockWaitTimeout for long migrations."
                            + " If the holder is stuck, end it with SELECT pg_terminate_backend(" + pid + ") (the"
                            + " lock is released when its session ends).");
            assertThat(ex.code()).isEqualTo(ErrorCode.LOCK_WAIT_TIMEOUT);
            assertThat(tableExists("mig050", "one")).isFalse();

            MigrationStatus status = migrator("mig050").info();
            assertThat(status.lock().held()).isTrue();
            assertThat(status.lock().pid()).isEqualTo(pid);
            assertThat(status.lock().applicationName()).isEqualTo("lock-holder");
        }
        // the holder's session ended: the lock is free again
        assertThat(migrator("mig050").migrate().finalVersion()).isEqualTo("1");
    }

    @Test
    void lockTimeoutOfAMigrationStatementAndItsRetries() throws Exception {
        write("V1__create.sql", "CREATE TABLE mig032.t (id int);\n");
        migrator("mig032").migrate();
        write("V2__alter.sql", "ALTER TABLE mig032.t ADD COLUMN c int;\n");
        String script = script("V2__alter.sql");

        try (Connection blocker = db.connect()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE mig032.t IN ACCESS EXCLUSIVE MODE");
            }
            MigrationException ex = failure(() -> migrator("mig032", (b) -> b.lockTimeout(Duration.ofMillis(500)))
                    .migrate());
            assertThat(ex.getMessage())
                    .isEqualTo("MIG-032 Migration " + script + " (version 2) failed at line 1.\n"
                            + "  Script:      " + script + ", line 1\n"
                            + "  Statement:   ALTER TABLE mig032.t ADD COLUMN c int\n"
                            + "  Database:    ERROR: canceling statement due to lock timeout (SQLState 55P03)\n"
                            + "  Rolled back: " + TRANSACTIONAL_ROLLBACK + "2 was attempted\n"
                            + "  Action:      A statement waited longer than lockTimeout (500 ms) for a"
                            + " table lock held by other sessions, typically a long transaction on the same table."
                            + " Deploy when that traffic is lower, raise lockTimeout, or set"
                            + " lockTimeoutRetries to retry automatically.");
            assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_LOCK_TIMEOUT);
            assertThat(columnExists("mig032", "t", "c")).isFalse();

            // with retries, the migration succeeds once the blocker commits during them
            // the blocker commits only after the first attempt has been seen waiting (and has timed out)
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (db.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                    + " AND query LIKE 'ALTER TABLE mig032.t%'")
                            == 0) {
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("the migration never waited for the table lock");
                        }
                        Thread.sleep(20);
                    }
                    Thread.sleep(700);
                    blocker.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            MigrationResult result = migrator(
                            "mig032",
                            (b) -> b.lockTimeout(Duration.ofMillis(500))
                                    .lockTimeoutRetries(2)
                                    .lockTimeoutRetryDelay(Duration.ofSeconds(1)))
                    .migrate();
            release.get(10, TimeUnit.SECONDS);
            assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
            assertThat(result.executed().get(0).duration())
                    .as("a lock timeout (500 ms) and a retry delay (1 s) before the successful attempt")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
        assertThat(columnExists("mig032", "t", "c")).isTrue();
        assertThat(db.count("SELECT count(*) FROM mig032.migrations_history")).isEqualTo(2);
    }

    // ---------------------------------------------------------------- downgrades

    @Test
    void irreversibleDowngrade() throws Exception {
        write("V1__keep.sql", "CREATE TABLE mig040.t (id int);\n");
        Migrator migrator = migrator("mig040");
        migrator.migrate();
        MigrationException ex = failure(() -> migrator.downgrade(1));
        String script = script("V1__keep.sql");
        assertThat(ex.getMessage())
                .isEqualTo("MIG-040 Cannot downgrade version 1: " + script + " has no down migration, so nothing was"
                        + " undone.\n"
                        + "  Script:      " + script + "\n"
                        + "  Action:      Add a '-- migrate:down' section to the file (or a U1__<description>.sql"
                        + " file) that undoes it, or downgrade to version 1 at most.");
        assertThat(ex.code()).isEqualTo(ErrorCode.IRREVERSIBLE_MIGRATION);
        assertThat(tableExists("mig040", "t")).isTrue();
        assertThat(migrator.info().currentVersion()).isEqualTo("1");
    }

    // ---------------------------------------------------------------- baseline

    @Test
    void baselineThenMigrateSkipsMigrationsUpToTheBaseline() throws Exception {
        db.execute("CREATE SCHEMA base");
        db.execute("CREATE TABLE base.legacy (id int)");
        write("V1__legacy.sql", "CREATE TABLE base.legacy (id int);\n");
        write(
                "V2__more.sql",
                "ALTER TABLE base.legacy ADD COLUMN name text;\n"
                        + "-- migrate:down\n"
                        + "ALTER TABLE base.legacy DROP COLUMN name;\n");
        Migrator migrator = migrator("base");

        MigrationResult baseline = migrator.baseline();
        assertThat(baseline.operation()).isEqualTo(MigrationResult.Operation.BASELINE);
        assertThat(baseline.finalVersion()).isEqualTo("1");
        assertThat(baseline.messages()).containsExactly("Baselined schema \"base\" at version 1");
        assertThat(migrator.info().migrations())
                .extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", MigrationState.BASELINE),
                        org.assertj.core.groups.Tuple.tuple("2", MigrationState.PENDING));

        MigrationResult result = migrator.migrate();
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
        assertThat(result.finalVersion()).isEqualTo("2");
        assertThat(columnExists("base", "legacy", "name")).isTrue();

        MigrationException again = failure(migrator::baseline);
        assertThat(again.getMessage())
                .isEqualTo("MIG-042 Cannot baseline schema \"base\": \"base\".\"migrations_history\" already records 2"
                        + " migration(s).\n"
                        + "  Action:      Baseline only a schema that has no history yet; to start over, drop the"
                        + " history table first.");
        MigrationException below = failure(() -> migrator.downgrade(2));
        assertThat(below.getMessage())
                .isEqualTo("MIG-040 Cannot downgrade below the baseline at version 1: nothing below it was run by"
                        + " migrations.\n"
                        + "  Action:      Downgrade to version 1 at most.");
        assertThat(columnExists("base", "legacy", "name"))
                .as("the whole downgrade is checked before any of it runs")
                .isTrue();
        assertThat(migrator.downgrade(1).finalVersion()).isEqualTo("1");
        assertThat(columnExists("base", "legacy", "name")).isFalse();
    }

    @Test
    void baselineOnMigrateBaselinesAnExistingSchemaWithoutHistory() throws Exception {
        db.execute("CREATE SCHEMA bom");
        db.execute("CREATE TABLE bom.legacy (id int)");
        write("V1__legacy.sql", "CREATE TABLE bom.legacy (id int);\n");
        write("V2__more.sql", "ALTER TABLE bom.legacy ADD COLUMN name text;\n");

        MigrationResult result =
                migrator("bom", (b) -> b.baselineOnMigrate(true)).migrate();
        assertThat(result.messages()).containsExactly("Baselined schema \"bom\" at version 1");
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
        assertThat(result.finalVersion()).isEqualTo("2");
        assertThat(columnExists("bom", "legacy", "name")).isTrue();

        // an empty schema is not baselined: everything runs
        Files.delete(dir.resolve("V1__legacy.sql"));
        Files.delete(dir.resolve("V2__more.sql"));
        write("V1__fresh.sql", "CREATE TABLE bom_empty.fresh (id int);\n");
        MigrationResult fresh =
                migrator("bom_empty", (b) -> b.baselineOnMigrate(true)).migrate();
        assertThat(fresh.messages()).isEmpty();
        assertThat(fresh.executed()).extracting(ExecutedMigration::version).containsExactly("1");
    }

    // ---------------------------------------------------------------- dry runs and targets

    @Test
    void dryRunReturnsTheExactSqlAndRunsNothing() throws Exception {
        write("V1__create_t.sql", "CREATE TABLE dry.t (id int);\n-- migrate:down\nDROP TABLE dry.t;\n");
        write(
                "V2__add_col.sql",
                "ALTER TABLE dry.t ADD COLUMN c int;\n"
                        + "UPDATE dry.t SET c = 1;\n"
                        + "-- migrate:down\n"
                        + "ALTER TABLE dry.t DROP COLUMN c;\n");
        Migrator migrator = migrator("dry");
        Integer sum1 = info(migrator, "1").checksum();
        Integer sum2 = info(migrator, "2").checksum();

        String sql = migrator.dryRun();
        String history = "\"dry\".\"migrations_history\"";
        String columns = " (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (";
        assertThat(sql)
                .isEqualTo("-- migrations dry run: upgrade schema \"dry\" from version << empty >>, 2 migration(s)"
                        + " pending\n"
                        + "\n"
                        + "CREATE SCHEMA IF NOT EXISTS \"dry\";\n"
                        + "CREATE TABLE IF NOT EXISTS " + history + " (\n"
                        + "    installed_rank INTEGER NOT NULL,\n"
                        + "    version VARCHAR(50),\n"
                        + "    description VARCHAR(200) NOT NULL,\n"
                        + "    type VARCHAR(20) NOT NULL,\n"
                        + "    script VARCHAR(1000) NOT NULL,\n"
                        + "    checksum INTEGER,\n"
                        + "    installed_by VARCHAR(100) NOT NULL,\n"
                        + "    installed_on TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                        + "    execution_time INTEGER NOT NULL,\n"
                        + "    success BOOLEAN NOT NULL,\n"
                        + "    CONSTRAINT \"migrations_history_pk\" PRIMARY KEY (installed_rank)\n"
                        + ");\n"
                        + "\n"
                        + "SET lock_timeout = '10000ms'; SET client_connection_check_interval = '1000ms';\n"
                        + "\n"
                        + "-- Upgrade to version 1: create t (" + script("V1__create_t.sql") + ")\n"
                        + "BEGIN;\n"
                        + "CREATE TABLE dry.t (id int);\n"
                        + "INSERT INTO " + history + columns + "1, '1', 'create t', 'SQL', '"
                        + "V1__create_t.sql', " + sum1 + ", 'postgres', 0, TRUE);\n"
                        + "COMMIT;\n"
                        + "\n"
                        + "-- Upgrade to version 2: add col (" + script("V2__add_col.sql") + ")\n"
                        + "BEGIN;\n"
                        + "ALTER TABLE dry.t ADD COLUMN c int;\n"
                        + "UPDATE dry.t SET c = 1;\n"
                        + "INSERT INTO " + history + columns + "2, '2', 'add col', 'SQL', '"
                        + "V2__add_col.sql', " + sum2 + ", 'postgres', 0, TRUE);\n"
                        + "COMMIT;\n"
                        + "\n"
                        + "RESET lock_timeout; RESET statement_timeout; RESET client_connection_check_interval;\n");
        assertThat(schemaExists("dry")).as("the dry run created nothing").isFalse();

        // the dry run is what migrate runs: feeding it to the server gives the same history
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
        assertThat(migrator.info().currentVersion()).isEqualTo("2");
        assertThat(migrator.migrate().executed()).isEmpty();

        String down = migrator.dryRunDowngrade(1);
        assertThat(down)
                .isEqualTo("-- migrations dry run: downgrade schema \"dry\" from version 2, 1 migration(s) to undo\n"
                        + "\n"
                        + "SET lock_timeout = '10000ms'; SET client_connection_check_interval = '1000ms';\n"
                        + "\n"
                        + "-- Downgrade from version 2: add col (" + script("V2__add_col.sql") + ")\n"
                        + "BEGIN;\n"
                        + "ALTER TABLE dry.t DROP COLUMN c;\n"
                        + "DELETE FROM " + history + " WHERE installed_rank = 2;\n"
                        + "COMMIT;\n"
                        + "\n"
                        + "RESET lock_timeout; RESET statement_timeout; RESET client_connection_check_interval;\n");
        assertThat(columnExists("dry", "t", "c"))
                .as("the downgrade dry run changed nothing")
                .isTrue();
        assertThat(db.count("SELECT count(*) FROM dry.migrations_history")).isEqualTo(2);
    }

    @Test
    void targetVersionThenLatest() throws Exception {
        write("V1__one.sql", "CREATE TABLE target.one (id int);\n");
        write("V2__two.sql", "CREATE TABLE target.two (id int);\n");
        write("V3__three.sql", "CREATE TABLE target.three (id int);\n");
        Migrator migrator = migrator("target");

        MigrationResult first = migrator.migrate("1");
        assertThat(first.executed()).extracting(ExecutedMigration::version).containsExactly("1");
        assertThat(first.finalVersion()).isEqualTo("1");
        assertThat(tableExists("target", "two")).isFalse();

        MigrationResult configured = migrator("target", (b) -> b.target("2")).migrate();
        assertThat(configured.executed()).extracting(ExecutedMigration::version).containsExactly("2");

        MigrationResult latest = migrator.migrate();
        assertThat(latest.executed()).extracting(ExecutedMigration::version).containsExactly("3");
        assertThat(latest.finalVersion()).isEqualTo("3");

        MigrationException unknown = failure(() -> migrator.migrate("7"));
        assertThat(unknown.getMessage())
                .isEqualTo("MIG-041 Target version 7 is neither a local migration nor applied.\n"
                        + "  Action:      Set target to an existing version, or to 'latest'.");
    }

    @Test
    void missingSchemaIsCreated() throws Exception {
        write("V1__one.sql", "CREATE TABLE brand_new.one (id int);\n");
        assertThat(schemaExists("brand_new")).isFalse();
        MigrationResult result = migrator("brand_new").migrate();
        assertThat(result.schema()).isEqualTo("brand_new");
        assertThat(result.finalVersion()).isEqualTo("1");
        assertThat(schemaExists("brand_new")).isTrue();
        assertThat(tableExists("brand_new", "migrations_history")).isTrue();
        assertThat(tableExists("brand_new", "one")).isTrue();
    }

    // ---------------------------------------------------------------- connection failures

    private Migrator connectingTo(String url, String user, String password, Duration connectTimeout) {
        return Migrator.create(
                new DriverManagerDataSource(url, user, password),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .connectTimeout(connectTimeout)
                        .build());
    }

    @Test
    void wrongPassword() {
        String role = db.createRoleWithPassword("right-password");
        MigrationException ex = failure(() -> connectingTo(db.jdbcUrl(), role, "wrong-password", Duration.ofSeconds(10))
                .migrate());
        assertThat(ex.getMessage())
                .isEqualTo("MIG-060 The database refused the credentials: FATAL: password authentication failed for"
                        + " user \"" + role + "\"\n"
                        + "  Database:    FATAL: password authentication failed for user \"" + role
                        + "\" (SQLState 28P01)\n"
                        + "  Action:      Check the user name and password given to the application. A password that"
                        + " still contains ${...} was never expanded: set it from the real environment variable or"
                        + " secret.");
        assertThat(ex.code()).isEqualTo(ErrorCode.CONNECTION_FAILED);
        assertThat(ex.getMessage()).contains("password authentication failed");
    }

    @Test
    void missingDatabase() {
        String url = db.server().jdbcUrl("mig_does_not_exist");
        MigrationException ex = failure(
                () -> connectingTo(url, db.user(), null, Duration.ofSeconds(10)).migrate());
        assertThat(ex.getMessage())
                .isEqualTo("MIG-060 The database does not exist: FATAL: database \"mig_does_not_exist\" does not"
                        + " exist\n"
                        + "  Database:    FATAL: database \"mig_does_not_exist\" does not exist (SQLState 3D000)\n"
                        + "  Action:      Create the database (CREATE DATABASE ...) or fix the database name in the"
                        + " JDBC URL.");
    }

    @Test
    void refusedPort() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        MigrationException ex = failure(
                () -> connectingTo(url, db.user(), null, Duration.ofSeconds(10)).migrate());
        assertThat(ex.getMessage())
                .isEqualTo("MIG-060 The database refused the connection: Connection to 127.0.0.1:" + port
                        + " refused. Check that the hostname and port are correct and that the postmaster is"
                        + " accepting TCP/IP connections. (java.net.ConnectException: Connection refused)\n"
                        + "  Database:    Connection to 127.0.0.1:" + port + " refused. Check that the hostname and"
                        + " port are correct and that the postmaster is accepting TCP/IP connections. (SQLState"
                        + " 08001)\n"
                        + "  Action:      Check that the database is running and listening on the host and port of"
                        + " the JDBC URL.");
    }

    @Test
    void unknownHost() {
        String url = "jdbc:postgresql://no-such-host.invalid:5432/postgres";
        MigrationException ex = failure(
                () -> connectingTo(url, db.user(), null, Duration.ofSeconds(20)).migrate());
        assertThat(ex.getMessage())
                .isEqualTo("MIG-060 Unknown database host: The connection attempt failed."
                        + " (java.net.UnknownHostException: no-such-host.invalid)\n"
                        + "  Database:    The connection attempt failed. (SQLState 08001)\n"
                        + "  Action:      Fix the host name in the JDBC URL; inside a container network use the"
                        + " database service's name.");
    }

    @Test
    void connectTimeoutWhenTheServerNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept, never answer
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/postgres";
            long start = System.nanoTime();
            MigrationException ex = failure(() ->
                    connectingTo(url, db.user(), null, Duration.ofSeconds(1)).migrate());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(millis).isBetween(900L, 2500L);
            assertThat(ex.getMessage())
                    .isEqualTo("MIG-060 The database did not answer within 1 s (connectTimeout).\n"
                            + "  Action:      Check that the database is running and reachable from here (host,"
                            + " port, firewall), or raise connectTimeout if it is just slow to start.");
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
