package dev.migrations.core;

import static dev.migrations.core.Thrown.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A no-transaction migration that fails under a lock timeout never claims a rollback, is retried only when nothing
 * took effect, names the INVALID index a failed concurrent build leaves (with the statement that drops it), and is
 * never recorded as applied over such an index.
 */
class NoTransactionFailuresIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private Migrator migrator(String schema, int retries) {
        return migrator(schema, retries, Duration.ofMillis(300));
    }

    private Migrator migrator(String schema, int retries, Duration retryDelay) {
        return Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir.resolve(schema))
                        .schema(schema)
                        .lockTimeout(Duration.ofMillis(500))
                        .lockTimeoutRetries(retries)
                        .lockTimeoutRetryDelay(retryDelay)
                        .build());
    }

    private Path file(String schema, String name, String content) throws Exception {
        Files.createDirectories(dir.resolve(schema));
        return Files.writeString(dir.resolve(schema).resolve(name), content);
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String history(String schema) throws SQLException {
        return query("SELECT string_agg(version || ':' || success, ',' ORDER BY installed_rank) FROM " + schema
                + ".migrations_history");
    }

    @Test
    void failedConcurrentBuildIsNamedNotRetriedAndNeverRecordedAsApplied() throws Exception {
        String schema = "cic";
        file(schema, "V1__t.sql", "CREATE TABLE cic.t (id int);\n");
        Path v2 = file(
                schema, "V2__index.sql", "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY t_id ON cic.t (id);\n");
        Migrator migrator = migrator(schema, 3, Duration.ofSeconds(5));
        migrator.migrate();
        assertThat(history(schema)).isEqualTo("1:true,2:true");
        db.execute("DROP INDEX cic.t_id");
        db.execute("DELETE FROM cic.migrations_history WHERE version = '2'");

        MigrationException ex;
        try (Connection writer = db.connect();
                Statement statement = writer.createStatement()) {
            // an open write transaction: the build creates its index, then waits for the writer and times out
            writer.setAutoCommit(false);
            statement.execute("INSERT INTO cic.t VALUES (1)");
            long start = System.nanoTime();
            ex = failure(migrator::migrate);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("no retry: the failed build left an index behind")
                    .isLessThan(Duration.ofSeconds(5));
            writer.rollback();
        }
        String script = "filesystem:" + v2;
        assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_LOCK_TIMEOUT);
        assertThat(ex.rolledBack())
                .isEqualTo("nothing: the migration runs without a transaction. No statement had completed; statement"
                        + " 1 (line 2) failed.");
        assertThat(ex.action())
                .startsWith("The failed statement left index \"cic\".\"t_id\" INVALID (unusable, yet kept up to date on"
                        + " every write): drop it first with DROP INDEX CONCURRENTLY \"cic\".\"t_id\";. A statement"
                        + " waited longer than lockTimeout (500 ms)");
        assertThat(query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'cic.t_id'::regclass"))
                .isEqualTo("false");
        assertThat(history(schema)).as("recorded as failed, once").isEqualTo("1:true,2:false");
        assertThat(failure(migrator::migrate).code()).isEqualTo(ErrorCode.FAILED_MIGRATION_IN_HISTORY);
        MigrationException validate = failure(migrator::validate);
        assertThat(validate.code()).isEqualTo(ErrorCode.FAILED_MIGRATION_IN_HISTORY);

        // repair, then a migration that skips the INVALID index with IF NOT EXISTS: not recorded as applied
        migrator.repair();
        Files.writeString(
                v2, "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_id ON cic.t (id);\n");
        MigrationException skipped = failure(migrator::migrate);
        script = "filesystem:" + v2;
        assertThat(skipped.getMessage())
                .isEqualTo("MIG-034 Migration " + script + " (version 2) ran without an error, but index"
                        + " \"cic\".\"t_id\" is INVALID: a concurrent index build failed (here or in an earlier run"
                        + " whose index IF NOT EXISTS then skipped), so the migration is not recorded as applied.\n"
                        + "  Script:      " + script + "\n"
                        + "  Rolled back: nothing: the migration runs without a transaction; all 1 statement(s) ran"
                        + " and stay committed\n"
                        + "  Action:      Drop the INVALID index with DROP INDEX CONCURRENTLY \"cic\".\"t_id\";, then"
                        + " run repair to remove the failed row from \"cic\".\"migrations_history\" and start again:"
                        + " the migration then builds the index anew.");
        assertThat(history(schema)).isEqualTo("1:true,2:false");

        // validate names the INVALID index even without a failed row
        migrator.repair();
        assertThat(failure(migrator::validate).getMessage())
                .startsWith("MIG-034 Schema \"cic\" has 1 INVALID index(es): \"cic\".\"t_id\".");

        // doing what the action says works
        db.execute("DROP INDEX CONCURRENTLY cic.t_id");
        assertThat(migrator.migrate().finalVersion()).isEqualTo("2");
        assertThat(query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'cic.t_id'::regclass"))
                .isEqualTo("true");
        assertThat(history(schema)).isEqualTo("1:true,2:true");
    }

    @Test
    void lockTimeoutBeforeAnythingTookEffectIsRetriedWithoutADuplicateHistoryRow() throws Exception {
        String schema = "retry";
        file(schema, "V1__t.sql", "CREATE TABLE retry.t (id int);\n");
        file(schema, "V2__index.sql", "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY t_id ON retry.t (id);\n");
        Migrator migrator = migrator(schema, 5);
        Files.move(dir.resolve(schema).resolve("V2__index.sql"), dir.resolve("V2__index.sql"));
        migrator.migrate();
        Files.move(dir.resolve("V2__index.sql"), dir.resolve(schema).resolve("V2__index.sql"));
        try (Connection blocker = db.connect();
                Statement statement = blocker.createStatement()) {
            // SHARE conflicts with the build's first lock: it waits before creating anything
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE retry.t IN SHARE MODE");
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(900);
                    blocker.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            MigrationResult result = migrator.migrate();
            release.get(10, TimeUnit.SECONDS);
            assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("2");
        }
        assertThat(history(schema)).isEqualTo("1:true,2:true");
        assertThat(query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'retry.t_id'::regclass"))
                .isEqualTo("true");
    }
}
