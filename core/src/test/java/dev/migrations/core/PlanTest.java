package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final Instant WHEN = Instant.parse("2026-11-24T10:15:30Z");

    private static ResolvedMigration migration(String version, String sql) {
        return ResolvedMigration.sql(new SqlMigrationFile(
                Version.parse(version),
                "m" + version,
                "classpath:db/migrations/V" + version + "__m" + version + ".sql",
                sql,
                null,
                null));
    }

    private static HistoryRow row(int rank, ResolvedMigration migration, boolean success) {
        return new HistoryRow(
                rank,
                migration.version(),
                migration.description(),
                "SQL",
                migration.script(),
                migration.checksum(),
                "alice",
                WHEN,
                5,
                success);
    }

    private static MigrationsConfig config() {
        return MigrationsConfig.builder().build();
    }

    @Test
    void classifiesAppliedPendingAndMissing() {
        ResolvedMigration v1 = migration("1", "CREATE TABLE a (id int);");
        ResolvedMigration v2 = migration("2", "CREATE TABLE b (id int);");
        ResolvedMigration gone = migration("1.5", "CREATE TABLE c (id int);");
        Plan plan = Plan.of(List.of(v1, v2), HistorySnapshot.of(List.of(row(1, v1, true), row(2, gone, true))));

        assertThat(plan.infos())
                .extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", MigrationState.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("1.5", MigrationState.MISSING_LOCALLY),
                        org.assertj.core.groups.Tuple.tuple("2", MigrationState.PENDING));
        assertThat(plan.current()).hasToString("1.5");
        assertThat(plan.pending(null)).containsExactly(v2);
        assertThat(plan.nextRank()).isEqualTo(3);
    }

    @Test
    void pendingStopsAtTarget() {
        ResolvedMigration v1 = migration("1", "SELECT 1;");
        ResolvedMigration v2 = migration("2", "SELECT 2;");
        ResolvedMigration v3 = migration("3", "SELECT 3;");
        Plan plan = Plan.of(List.of(v1, v2, v3), HistorySnapshot.absent());
        assertThat(plan.pending(Version.parse("2"))).containsExactly(v1, v2);
        assertThat(plan.current()).isNull();
        assertThat(plan.nextRank()).isEqualTo(1);
    }

    @Test
    void outOfOrderIsRejectedUnlessAllowed() {
        ResolvedMigration v1 = migration("1", "SELECT 1;");
        ResolvedMigration v2 = migration("2", "SELECT 2;");
        ResolvedMigration v3 = migration("3", "SELECT 3;");
        Plan plan = Plan.of(List.of(v1, v2, v3), HistorySnapshot.of(List.of(row(1, v1, true), row(2, v3, true))));

        assertThat(plan.infos())
                .extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.OUT_OF_ORDER, MigrationState.APPLIED);
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Validation.check(plan, config(), "\"public\".\"migrations_history\""))
                .satisfies((ex) -> assertThat(ex.getMessage())
                        .isEqualTo("MIG-010 Migration"
                                + " classpath:db/migrations/V2__m2.sql (version 2) is pending but older than the newest"
                                + " applied version 3 (classpath:db/migrations/V3__m3.sql).\n"
                                + "  Script:      classpath:db/migrations/V2__m2.sql\n"
                                + "  Action:      This usually follows a merge of two branches. Give the migration a"
                                + " version above 3, or set outOfOrder=true to apply it anyway."));
        Validation.check(plan, config().toBuilder().outOfOrder(true).build(), "t");
        assertThat(plan.pending(null)).containsExactly(v2);
    }

    @Test
    void changedFileIsAChecksumMismatchShowingBothChecksums() {
        ResolvedMigration v1 = migration("1", "CREATE TABLE a (id int);");
        HistoryRow applied = new HistoryRow(1, v1.version(), "m1", "SQL", v1.script(), 12345, "alice", WHEN, 5, true);
        Plan plan = Plan.of(List.of(v1), HistorySnapshot.of(List.of(applied)));

        assertThat(plan.infos()).extracting(MigrationInfo::state).containsExactly(MigrationState.CHECKSUM_MISMATCH);
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Validation.check(plan, config(), "t"))
                .satisfies((ex) -> assertThat(ex.getMessage())
                        .isEqualTo("MIG-011 Migration"
                                + " classpath:db/migrations/V1__m1.sql (version 1) changed after it was applied: checksum in"
                                + " database 12345 (applied 2026-11-24T10:15:30Z by alice), checksum of the local file "
                                + v1.checksum() + ".\n"
                                + "  Script:      classpath:db/migrations/V1__m1.sql\n"
                                + "  Action:      Restore the file to the content that was applied (for example with git"
                                + " log/checkout), and put further changes in a new migration. If the edit is intended"
                                + " and harmless (a comment, formatting), run repair to record the new checksum."));
    }

    @Test
    void failedRowBlocksEverything() {
        ResolvedMigration v1 = migration("1", "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY i ON a (id);");
        Plan plan = Plan.of(List.of(v1), HistorySnapshot.of(List.of(row(1, v1, false))));
        assertThat(plan.infos()).extracting(MigrationInfo::state).containsExactly(MigrationState.FAILED);
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Validation.checkFailed(plan, "\"public\".\"migrations_history\"", OptionNames.ENGINE))
                .satisfies((ex) -> assertThat(ex.getMessage())
                        .isEqualTo("MIG-013 Migration"
                                + " classpath:db/migrations/V1__m1.sql (version 1) is recorded as failed in"
                                + " \"public\".\"migrations_history\" since 2026-11-24T10:15:30Z.\n"
                                + "  Script:      classpath:db/migrations/V1__m1.sql\n"
                                + "  Rolled back: nothing: it ran without a transaction, so the statements before the"
                                + " failing one stayed applied\n"
                                + "  Action:      Check the schema and finish or undo that migration's statements by hand,"
                                + " then run repair (Migrator.repair()) to remove the failed"
                                + " row, and start again."));
    }

    @Test
    void baselineHidesOlderMigrations() {
        ResolvedMigration v1 = migration("1", "SELECT 1;");
        ResolvedMigration v2 = migration("2", "SELECT 2;");
        ResolvedMigration v3 = migration("3", "SELECT 3;");
        HistoryRow baseline = new HistoryRow(
                1, Version.parse("2"), "<< Baseline >>", "BASELINE", "<< Baseline >>", null, "alice", WHEN, 0, true);
        Plan plan = Plan.of(List.of(v1, v2, v3), HistorySnapshot.of(List.of(baseline)));
        assertThat(plan.infos())
                .extracting(MigrationInfo::state)
                .containsExactly(MigrationState.BELOW_BASELINE, MigrationState.BASELINE, MigrationState.PENDING);
        assertThat(plan.infos().get(1).description()).isEqualTo("<< Baseline >>");
        assertThat(plan.pending(null)).containsExactly(v3);
    }

    @Test
    void planningIsLinearForAThousandMigrations() {
        List<ResolvedMigration> migrations = new ArrayList<>();
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            ResolvedMigration m = migration(String.valueOf(i), "CREATE TABLE t" + i + " (id int);");
            migrations.add(m);
            rows.add(row(i, m, true));
        }
        Plan plan = Plan.of(migrations, HistorySnapshot.of(rows));
        assertThat(plan.pending(null)).isEmpty();
        assertThat(plan.current()).hasToString("1000");
    }
}
