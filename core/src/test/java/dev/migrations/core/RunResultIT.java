package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's result carries the applied and pending counts as {@link Migrator#info()} would report them right after it,
 * and the listeners hear that a run finished only once its lock and connection are given back.
 */
class RunResultIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    /** What a listener saw when it heard that a run finished. */
    private static final class Finish implements MigrationListener {

        final List<String> seen = new ArrayList<>();

        final AtomicReference<Migrator> migrator = new AtomicReference<>();

        @Override
        public void runFinished(MigrationResult result) {
            try (Connection other = db.connect();
                    Statement statement = other.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_database d"
                            + " ON d.oid = l.database WHERE l.locktype = 'advisory'"
                            + " AND d.datname = current_database()")) {
                rs.next();
                seen.add(result.operation() + ": " + rs.getLong(1) + " advisory locks, " + connections(statement)
                        + " other connections");
            } catch (SQLException ex) {
                throw new IllegalStateException(ex);
            }
            // the status, read again from inside the listener, agrees with the counts the result carries
            MigrationStatus status = migrator.get().info();
            assertThat(result.applied())
                    .as("applied")
                    .isEqualTo(status.applied().size());
            assertThat(result.pending())
                    .as("pending")
                    .isEqualTo(status.pending().size());
        }

        private static long connections(Statement statement) throws SQLException {
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void everyRunReportsItsCountsAfterItsLockAndConnectionAreGivenBack() throws Exception {
        for (int i = 1; i <= 3; i++) {
            Files.writeString(
                    dir.resolve("V" + i + "__t" + i + ".sql"),
                    "CREATE TABLE t" + i + " (id int);\n-- migrate:down\nDROP TABLE t" + i + ";\n");
        }
        Finish finish = new Finish();
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .listeners(List.of(finish))
                        .build());
        finish.migrator.set(migrator);

        MigrationResult first = migrator.migrate("1");
        assertThat(first.applied()).isEqualTo(1);
        assertThat(first.pending()).isEqualTo(2);
        MigrationResult rest = migrator.migrate();
        assertThat(rest.applied()).isEqualTo(3);
        assertThat(rest.pending()).isZero();
        MigrationResult noOp = migrator.migrate();
        assertThat(noOp.executed()).isEmpty();
        assertThat(noOp.applied()).isEqualTo(3);
        MigrationResult down = migrator.downgrade(2);
        assertThat(down.applied()).isEqualTo(1);
        assertThat(down.pending()).isEqualTo(2);
        Files.writeString(dir.resolve("V1__t1.sql"), "CREATE TABLE t1 (id int);  \n-- migrate:down\nDROP TABLE t1;\n");
        MigrationResult repaired = migrator.repair();
        assertThat(repaired.messages()).hasSize(1);
        assertThat(repaired.applied()).isEqualTo(1);
        assertThat(repaired.pending()).isEqualTo(2);

        assertThat(finish.seen)
                .containsExactly(
                        "MIGRATE: 0 advisory locks, 0 other connections",
                        "MIGRATE: 0 advisory locks, 0 other connections",
                        "MIGRATE: 0 advisory locks, 0 other connections",
                        "DOWNGRADE: 0 advisory locks, 0 other connections",
                        "REPAIR: 0 advisory locks, 0 other connections");
    }

    @Test
    void aBaselineReportsTheMigrationsAboveItAsPending() throws Exception {
        db.execute("CREATE SCHEMA baselined");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(dir.resolve("V" + i + "__t" + i + ".sql"), "CREATE TABLE t" + i + " (id int);\n");
        }
        Finish finish = new Finish();
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema("baselined")
                        .baselineVersion("2")
                        .listeners(List.of(finish))
                        .build());
        finish.migrator.set(migrator);
        MigrationResult baseline = migrator.baseline();
        assertThat(baseline.applied()).isZero(); // V1 and V2 are below the baseline, which counts as no migration
        assertThat(baseline.pending()).isEqualTo(1);
        assertThat(finish.seen).containsExactly("BASELINE: 0 advisory locks, 0 other connections");
    }

    @Test
    void anOutOfOrderMigrationCountsAsPendingOnlyWhenAllowedAsTheStatusCountsIt() throws Exception {
        for (boolean allowed : new boolean[] {false, true}) {
            String schema = allowed ? "ooo_allowed" : "ooo_refused";
            db.execute("CREATE SCHEMA " + schema);
            Path scripts = Files.createDirectories(dir.resolve(schema));
            for (int i : new int[] {1, 3}) {
                Files.writeString(
                        scripts.resolve("V" + i + "__t" + i + ".sql"),
                        "CREATE TABLE " + schema + ".t" + i + " (id int);\n");
            }
            Migrator migrator = Migrator.create(
                    db.dataSource(),
                    MigrationsConfig.builder()
                            .locations("filesystem:" + scripts)
                            .schema(schema)
                            .outOfOrder(allowed)
                            .build());
            migrator.migrate();
            Files.writeString(scripts.resolve("V2__t2.sql"), "CREATE TABLE " + schema + ".t2 (id int);\n");

            MigrationResult repaired = migrator.repair(); // a run that an out-of-order migration does not stop
            MigrationStatus status = migrator.info();
            assertThat(status.pending()).as("not applied yet").hasSize(1);
            assertThat(repaired.pending())
                    .as("pending with out of order allowed: " + allowed)
                    .isEqualTo(status.toApply().size())
                    .isEqualTo(allowed ? 1 : 0);
            assertThat(status.problems(false))
                    .extracting(MigrationProblem::kind)
                    .isEqualTo(allowed ? List.of() : List.of(MigrationProblem.Kind.OUT_OF_ORDER));
        }
    }
}
