package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrating process that dies (SIGKILL) or whose backend is terminated leaves no partial migration, no history row
 * and no lock behind; the next run completes.
 */
class CrashRecoveryIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private Path location(String schema, String slowSql) throws Exception {
        Path location = Files.createDirectories(dir.resolve(schema));
        Files.writeString(location.resolve("V1__first.sql"), "CREATE TABLE " + schema + ".a (id int);\n");
        Files.writeString(location.resolve("V2__slow.sql"), slowSql);
        return location;
    }

    @Test
    void killedProcessLeavesNothingBehind() throws Exception {
        String schema = "crash_kill";
        Path location = location(schema, "CREATE TABLE " + schema + ".x (id int);\nSELECT pg_sleep(30);\n");
        // No server setting here: the engine sets client_connection_check_interval for its session, so the backend
        // notices the dead client while pg_sleep(30) still runs, rolls back and frees the lock within about a second.
        String url = db.jdbcUrl() + "?ApplicationName=crash-child";
        try (ChildJvm child =
                ChildJvm.start(dir, MigrateMain.class, url, db.user(), "filesystem:" + location, schema)) {
            int pid = awaitSleepingBackend("crash-child", child);
            assertThat(advisoryLocks())
                    .as("the migrating process holds the lock")
                    .isEqualTo(1);
            child.process().destroyForcibly(); // SIGKILL on Linux
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            awaitGone(pid);
        }
        assertThat(advisoryLocks()).as("advisory locks left").isZero();
        assertThat(tableExists(schema, "x")).as("partial migration").isFalse();
        assertThat(tableExists(schema, "a")).isTrue();
        assertThat(historyVersions(schema)).containsExactly("1");

        Files.writeString(location.resolve("V2__slow.sql"), "CREATE TABLE " + schema + ".x (id int);\n");
        MigrationResult result = migrator(db.dataSource(), location, schema).migrate();
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
        assertThat(result.finalVersion()).isEqualTo("2");
        assertThat(tableExists(schema, "x")).isTrue();
        assertThat(historyVersions(schema)).containsExactly("1", "2");
    }

    @Test
    void killedNoTransactionMigrationLeavesATraceTheNextStartReports() throws Exception {
        String schema = "crash_notx";
        Path location = location(
                schema,
                "-- migrate:no-transaction\nCREATE TABLE " + schema + ".x (id int);\nCREATE TABLE " + schema
                        + ".y (id int);\nSELECT pg_sleep(30);\nCREATE TABLE " + schema + ".z (id int);\n");
        String url = db.jdbcUrl() + "?ApplicationName=notx-child";
        try (ChildJvm child =
                ChildJvm.start(dir, MigrateMain.class, url, db.user(), "filesystem:" + location, schema)) {
            int pid = awaitSleepingBackend("notx-child", child);
            child.process().destroyForcibly(); // SIGKILL on Linux
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            awaitGone(pid);
        }
        assertThat(advisoryLocks()).as("advisory locks left").isZero();
        assertThat(tableExists(schema, "y")).as("statements 1 and 2 committed").isTrue();
        assertThat(historyVersions(schema)).containsExactly("1", "2 (failed)");

        Path script = location.resolve("V2__slow.sql");
        Migrator migrator = migrator(db.dataSource(), location, schema);
        MigrationException ex = null;
        try {
            migrator.migrate();
        } catch (MigrationException expected) {
            ex = expected;
        }
        assertThat(ex).as("the next start stops").isNotNull();
        assertThat(ex.code()).isEqualTo(ErrorCode.FAILED_MIGRATION_IN_HISTORY);
        assertThat(ex.getMessage())
                .matches("(?s)MIG-013 An earlier run was interrupted in version 2 \\(filesystem:"
                        + java.util.regex.Pattern.quote(script.toString()) + "\\) at statement 3: the migration runs"
                        + " without a transaction, and its row in \"crash_notx\".\"migrations_history\" \\(since"
                        + " \\S+\\) still says statement 3 was running when that run ended without a word"
                        + " \\(killed, or its connection cut\\)\\.\n"
                        + "  Script:      filesystem:" + java.util.regex.Pattern.quote(script.toString()) + "\n"
                        + "  Rolled back: nothing: statements 1 to 2 stayed applied, and statement 3 may have taken"
                        + " effect\n"
                        + "  Action:      Check the schema and finish or undo version 2's statements up to statement"
                        + " 3 by hand .*");
        assertThat(tableExists(schema, "z")).as("nothing ran").isFalse();

        // as the action says: finish by hand, repair, start again
        Files.writeString(
                script,
                "-- migrate:no-transaction\nCREATE TABLE IF NOT EXISTS " + schema + ".x (id int);\nCREATE TABLE IF"
                        + " NOT EXISTS " + schema + ".y (id int);\nCREATE TABLE " + schema + ".z (id int);\n");
        migrator.repair();
        assertThat(migrator.migrate().finalVersion()).isEqualTo("2");
        assertThat(historyVersions(schema)).containsExactly("1", "2");
    }

    @Test
    void terminatedBackendFailsTheRunAndLeavesNothingBehind() throws Exception {
        String schema = "crash_term";
        Path location = location(schema, "CREATE TABLE " + schema + ".x (id int);\nSELECT pg_sleep(30);\n");
        Path script = location.resolve("V2__slow.sql");
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(db.jdbcUrl() + "?ApplicationName=term-test", db.user(), null);
        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(
                () -> migrator(dataSource, location, schema).migrate());
        try {
            int pid = awaitSleepingBackend("term-test", null);
            try (Connection c = db.connect();
                    PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
                s.setInt(1, pid);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }
            assertThatExceptionOfType(ExecutionException.class)
                    .isThrownBy(() -> run.get(30, TimeUnit.SECONDS))
                    .havingCause()
                    .isInstanceOfSatisfying(MigrationException.class, (ex) -> {
                        assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                        assertThat(ex.script()).isEqualTo("filesystem:" + script);
                        assertThat(ex.line()).isEqualTo(2);
                        assertThat(ex.statement()).isEqualTo("SELECT pg_sleep(30)");
                        assertThat(ex.databaseError().sqlState()).isEqualTo("57P01");
                        assertThat(ex.getMessage())
                                .isEqualTo("MIG-030 Migration filesystem:" + script + " (version 2) failed at line 2.\n"
                                        + "  Script:      filesystem:" + script + ", line 2\n"
                                        + "  Statement:   SELECT pg_sleep(30)\n"
                                        + "  Database:    FATAL: terminating connection due to administrator command"
                                        + " (SQLState 57P01)\n"
                                        + "  Rolled back: the whole migration and its history change: the schema is"
                                        + " as it was before version 2 was attempted\n"
                                        + "  Action:      The connection to the database was lost while the statement"
                                        + " ran (its session was terminated, or the server restarted or became"
                                        + " unreachable); the statement itself may be fine. The server rolled the"
                                        + " transaction back: start again once the database is reachable.");
                    });
            awaitGone(pid);
        } finally {
            run.cancel(true);
        }
        assertThat(advisoryLocks()).as("advisory locks left").isZero();
        assertThat(tableExists(schema, "x")).as("partial migration").isFalse();
        assertThat(historyVersions(schema)).containsExactly("1");

        Files.writeString(script, "CREATE TABLE " + schema + ".x (id int);\n");
        MigrationResult result = migrator(db.dataSource(), location, schema).migrate();
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
        assertThat(tableExists(schema, "x")).isTrue();
        assertThat(historyVersions(schema)).containsExactly("1", "2");
    }

    private static Migrator migrator(javax.sql.DataSource dataSource, Path location, String schema) {
        return Migrator.create(
                dataSource,
                MigrationsConfig.builder()
                        .locations("filesystem:" + location)
                        .schema(schema)
                        .build());
    }

    /** Waits until the backend of {@code applicationName} runs pg_sleep; returns its pid. */
    private static int awaitSleepingBackend(String applicationName, ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Connection c = db.connect();
                    PreparedStatement s = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE"
                            + " application_name = ? AND state = 'active' AND query LIKE '%pg_sleep%'"
                            + " AND datname = current_database()")) {
                s.setString(1, applicationName);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
            }
            if (child != null && !child.process().isAlive()) {
                throw new AssertionError("The child ended before migrating:\n" + child.output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No backend of " + applicationName + " ran pg_sleep within 60 s"
                + ((child != null) ? ":\n" + child.output() : ""));
    }

    /** Waits (at most 10 s) until the backend {@code pid} has ended. */
    private static void awaitGone(int pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Connection c = db.connect();
                    PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
                s.setInt(1, pid);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Backend " + pid + " still runs 10 s after its client died");
            }
            Thread.sleep(50);
        }
    }

    private static int advisoryLocks() throws SQLException {
        return intQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
    }

    private static boolean tableExists(String schema, String table) throws SQLException {
        return intQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                        + "' AND table_name = '" + table + "'")
                == 1;
    }

    private static List<String> historyVersions(String schema) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT version, success FROM " + schema + ".migrations_history ORDER BY installed_rank")) {
            java.util.ArrayList<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1) + (rs.getBoolean(2) ? "" : " (failed)"));
            }
            return versions;
        }
    }

    private static int intQuery(String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
