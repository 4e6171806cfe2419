package dev.migrations.core;

import static dev.migrations.core.Thrown.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A downgrade undoes exactly what was asked when it was asked, or nothing: too many steps, an unknown target and a
 * history that changed while it waited for the lock all fail with nothing undone. And a schema that already holds
 * tables but no history is recognised as an existing database before anything runs.
 */
class DowngradeSafetyIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private Path location(String schema, int count) throws Exception {
        Path location = Files.createDirectories(dir.resolve(schema));
        for (int v = 1; v <= count; v++) {
            write(location, v, schema);
        }
        return location;
    }

    private static void write(Path location, int v, String schema) throws Exception {
        Files.writeString(
                location.resolve("V" + v + "__t" + v + ".sql"),
                "CREATE TABLE " + schema + ".t" + v + " (id int);\n-- migrate:down\nDROP TABLE " + schema + ".t" + v
                        + ";\n",
                StandardCharsets.UTF_8);
    }

    private static Migrator migrator(javax.sql.DataSource dataSource, Path location, String schema) {
        return Migrator.create(
                dataSource,
                MigrationsConfig.builder()
                        .locations("filesystem:" + location)
                        .schema(schema)
                        .build());
    }

    private static long tables(String schema) throws SQLException {
        return db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name LIKE 't%'");
    }

    @Test
    void moreStepsThanAppliedUndoNothing() throws Exception {
        Path location = location("steps", 3);
        Migrator migrator = migrator(db.dataSource(), location, "steps");
        migrator.migrate();

        MigrationException ex = failure(() -> migrator.downgrade(10));
        assertThat(ex.getMessage())
                .isEqualTo("MIG-041 Cannot downgrade 10 steps: \"steps\".\"migrations_history\" records 3 applied"
                        + " migration(s).\n"
                        + "  Rolled back: nothing: no migration was undone\n"
                        + "  Action:      Give at most 3 steps, or downgrade to the target 'base'"
                        + " (target=base) to undo every migration.");
        assertThat(failure(() -> migrator.dryRunDowngrade(4)).code()).isEqualTo(ErrorCode.UNKNOWN_TARGET);
        assertThat(tables("steps")).as("nothing undone").isEqualTo(3);
        assertThat(migrator.info().currentVersion()).isEqualTo("3");

        assertThat(migrator.downgrade(3).finalVersion()).isNull();
        assertThat(tables("steps")).isZero();
        migrator.migrate();
        assertThat(migrator.downgradeTo("base").executed()).hasSize(3);
        assertThat(tables("steps")).isZero();
    }

    @Test
    void unknownTargetUndoesNothing() throws Exception {
        Path location = location("target", 3);
        Migrator migrator = migrator(db.dataSource(), location, "target");
        migrator.migrate();

        MigrationException unknown = failure(() -> migrator.downgradeTo("7"));
        assertThat(unknown.getMessage())
                .isEqualTo("MIG-041 Target version 7 is neither a local migration nor applied.\n"
                        + "  Rolled back: nothing: no migration was undone\n"
                        + "  Action:      Downgrade to an applied version, or to 'base' to undo every migration.");
        assertThat(failure(() -> migrator.dryRunDowngradeTo("7")).code()).isEqualTo(ErrorCode.UNKNOWN_TARGET);

        write(location, 4, "target");
        MigrationException above = failure(() -> migrator.downgradeTo("4"));
        assertThat(above.getMessage())
                .isEqualTo("MIG-041 Target version 4 is above the current version 3: a downgrade only goes down.\n"
                        + "  Rolled back: nothing: no migration was undone\n"
                        + "  Action:      Migrate to reach version 4, or downgrade to a version below the current"
                        + " one.");
        assertThat(tables("target")).as("nothing undone").isEqualTo(3);

        assertThat(migrator.downgradeTo("3").executed()).as("already there").isEmpty();
        assertThat(migrator.downgradeTo("1").finalVersion()).isEqualTo("1");
        assertThat(tables("target")).isEqualTo(1);
    }

    @Test
    void historyChangedWhileWaitingForTheLockUndoesNothing() throws Exception {
        String schema = "raced";
        Path location = location(schema, 3);
        migrator(db.dataSource(), location, schema).migrate();
        DriverManagerDataSource waiting =
                new DriverManagerDataSource(db.jdbcUrl() + "?ApplicationName=raced-downgrade", db.user(), null);
        CompletableFuture<MigrationResult> downgrade;
        try (Connection other = db.connect();
                Statement statement = other.createStatement()) {
            // another instance holds the lock ...
            statement.execute("SELECT pg_advisory_lock(" + MigrationLock.key(schema + ".migrations_history") + ")");
            downgrade = CompletableFuture.supplyAsync(
                    () -> migrator(waiting, location, schema).downgrade(1));
            awaitLockPolling("raced-downgrade");
            // ... and applies version 4 while the downgrade (asked to undo version 3) waits
            write(location, 4, schema);
            statement.execute("CREATE TABLE raced.t4 (id int)");
            statement.execute("INSERT INTO raced.migrations_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (4, '4', 't4', 'SQL',"
                    + " 'V4__t4.sql', 0, 'instance-b', 1, true)");
            statement.execute("SELECT pg_advisory_unlock_all()");
        }
        MigrationException ex = failure(() -> {
            try {
                downgrade.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause();
            }
        });
        assertThat(ex.code()).isEqualTo(ErrorCode.HISTORY_CHANGED);
        assertThat(ex.getMessage())
                .matches("(?s)MIG-044 The history in \"raced\".\"migrations_history\" changed while this downgrade"
                        + " waited \\d+ ms for the migration lock: version 4 \\(V4__t4.sql\\) was applied by"
                        + " instance-b\\.\n"
                        + "  Rolled back: nothing: no migration was undone\n"
                        + "  Action:      The downgrade was planned against the history as it was when it was asked"
                        + " for\\. Check the new state \\(the info command\\), then ask for the downgrade again if"
                        + " it is still wanted\\.");
        assertThat(tables(schema)).as("neither version 4 nor version 3 undone").isEqualTo(4);
        assertThat(db.count("SELECT count(*) FROM raced.migrations_history")).isEqualTo(4);
    }

    /** Waits until the session named {@code application} is polling for the advisory lock. */
    private static void awaitLockPolling(String application) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + application
                        + "' AND query LIKE '%pg_try_advisory_lock%'")
                == 0) {
            assertThat(System.nanoTime()).as("the downgrade polls for the lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void existingSchemaWithoutHistoryIsRecognisedBeforeAnythingRuns() throws Exception {
        db.execute("CREATE SCHEMA adopt");
        db.execute("CREATE TABLE adopt.notes (id int)");
        db.execute("CREATE VIEW adopt.recent_notes AS SELECT id FROM adopt.notes");
        Path location = Files.createDirectories(dir.resolve("adopt"));
        Files.writeString(location.resolve("V1__notes.sql"), "CREATE TABLE adopt.notes (id int);\n");
        Files.writeString(location.resolve("V2__more.sql"), "ALTER TABLE adopt.notes ADD COLUMN body text;\n");
        Migrator migrator = migrator(db.dataSource(), location, "adopt");

        MigrationException ex = failure(migrator::migrate);
        String message = "MIG-043 Schema \"adopt\" is not empty (2 table(s), view(s) or sequence(s): \"notes\","
                + " \"recent_notes\") but has no history table \"adopt\".\"migrations_history\": it is an existing"
                + " database, and the migrations would run against objects they did not create.\n"
                + "  Rolled back: nothing: no migration ran\n"
                + "  Action:      If the schema already holds what the migrations up to version 1 create, record"
                + " that instead of running them: start once with baselineOnMigrate=true"
                + " (baselineVersion=1 is the version it records), or run the baseline command once"
                + " (Migrator.baseline()). Otherwise set schema to an empty"
                + " schema.";
        assertThat(ex.getMessage()).isEqualTo(message);
        assertThat(failure(migrator::dryRun).getMessage()).isEqualTo(message);
        assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'adopt'"
                        + " AND table_name = 'migrations_history'"))
                .as("no history table created")
                .isZero();

        // what the action says works
        migrator.baseline();
        assertThat(migrator.migrate().executed())
                .extracting(ExecutedMigration::version)
                .containsExactly("2");
    }

    @Test
    void aSchemaWithAnotherHistoryTableIsManagedAlready() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("V1__orders.sql"), "CREATE TABLE shared.orders (id int);\n");
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("V1__billing.sql"), "CREATE TABLE shared.billing (id int);\n");
        Migrator.create(
                        db.dataSource(),
                        MigrationsConfig.builder()
                                .locations("filesystem:" + first)
                                .schema("shared")
                                .table("orders_history")
                                .build())
                .migrate();
        assertThat(Migrator.create(
                                db.dataSource(),
                                MigrationsConfig.builder()
                                        .locations("filesystem:" + second)
                                        .schema("shared")
                                        .table("billing_history")
                                        .build())
                        .migrate()
                        .finalVersion())
                .isEqualTo("1");
    }

    @Test
    void extensionObjectsDoNotMakeASchemaNonEmpty() throws Exception {
        db.execute("CREATE SCHEMA ext");
        db.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA ext");
        Path location = Files.createDirectories(dir.resolve("ext"));
        Files.writeString(location.resolve("V1__notes.sql"), "CREATE TABLE ext.notes (id int);\n");
        assertThat(migrator(db.dataSource(), location, "ext").migrate().finalVersion())
                .isEqualTo("1");
    }
}
