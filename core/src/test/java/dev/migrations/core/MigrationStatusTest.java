package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one decision of which states are problems, as health, the command line and validate read it. */
class MigrationStatusTest {

    private static MigrationInfo info(String version, MigrationState state) {
        return new MigrationInfo(
                version,
                "d" + version,
                MigrationType.SQL,
                "V" + version + "__d.sql",
                1,
                state,
                null,
                null,
                null,
                false);
    }

    private static final List<MigrationInfo> EVERY_KIND = List.of(
            info("1", MigrationState.APPLIED),
            info("2", MigrationState.FAILED),
            info("3", MigrationState.CHECKSUM_MISMATCH),
            info("4", MigrationState.OUT_OF_ORDER),
            info("5", MigrationState.APPLIED),
            info("6", MigrationState.PENDING),
            info(null, MigrationState.OUTDATED));

    private static MigrationStatus status(boolean outOfOrderAllowed, List<String> invalidIndexes) {
        return new MigrationStatus(
                "PostgreSQL 15",
                "public",
                "migrations_history",
                "5",
                EVERY_KIND,
                LockInfo.FREE,
                outOfOrderAllowed,
                invalidIndexes);
    }

    @Test
    void everyKindInOrderWithItsReasonCodeAndSubjects() {
        List<MigrationProblem> problems =
                status(false, List.of("\"public\".\"i\"")).problems(true);
        assertThat(problems)
                .extracting(MigrationProblem::kind)
                .containsExactly(
                        MigrationProblem.Kind.FAILED,
                        MigrationProblem.Kind.CHECKSUM_MISMATCH,
                        MigrationProblem.Kind.OUT_OF_ORDER,
                        MigrationProblem.Kind.INVALID_INDEX,
                        MigrationProblem.Kind.PENDING);
        assertThat(problems)
                .extracting(MigrationProblem::reason)
                .containsExactly(
                        "the history table records a failed migration",
                        "an applied migration was changed since it was applied",
                        "a migration is older than the newest applied one",
                        "a failed CREATE INDEX CONCURRENTLY left an INVALID index",
                        "2 migration(s) pending");
        assertThat(problems)
                .extracting(MigrationProblem::code)
                .containsExactly(
                        ErrorCode.FAILED_MIGRATION_IN_HISTORY,
                        ErrorCode.CHECKSUM_MISMATCH,
                        ErrorCode.OUT_OF_ORDER,
                        ErrorCode.INVALID_INDEX,
                        ErrorCode.PENDING_MIGRATIONS);
        assertThat(problems)
                .extracting(MigrationProblem::subjects)
                .containsExactly(
                        List.of("2"), List.of("3"), List.of("4"), List.of("\"public\".\"i\""), List.of("6", "R:dnull"));
    }

    @Test
    void anAllowedOutOfOrderMigrationIsToApplyNotAProblem() {
        MigrationStatus status = status(true, List.of());
        assertThat(status.problems(true))
                .extracting(MigrationProblem::kind)
                .containsExactly(
                        MigrationProblem.Kind.FAILED,
                        MigrationProblem.Kind.CHECKSUM_MISMATCH,
                        MigrationProblem.Kind.PENDING);
        assertThat(status.problems(true).get(2).subjects()).containsExactly("4", "6", "R:dnull");
        assertThat(status.toApply()).extracting(MigrationInfo::label).containsExactly("4", "6", "R:dnull");
        assertThat(status.problems()).extracting(MigrationInfo::label).containsExactly("2", "3");
    }

    @Test
    void pendingIsAProblemOnlyWhenAsked() {
        assertThat(status(false, List.of()).problems(false))
                .extracting(MigrationProblem::kind)
                .doesNotContain(MigrationProblem.Kind.PENDING)
                .contains(MigrationProblem.Kind.OUT_OF_ORDER);
        assertThat(status(false, List.of()).toApply())
                .extracting(MigrationInfo::label)
                .containsExactly("6", "R:dnull");
    }

    @Test
    void aCleanSchemaHasNoProblem() {
        MigrationStatus clean = new MigrationStatus(
                "PostgreSQL 15", "public", "t", "1", List.of(info("1", MigrationState.APPLIED)), LockInfo.FREE);
        assertThat(clean.problems(true)).isEmpty();
    }
}
