package dev.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stairway and the no-trace check on migrations with every kind of wrong down part: one that leaves a column
 * behind (V2), one that fails (V3), none at all (V4).
 */
class StairwayIT {

    private static MigrationsKit.Builder kit(String location) {
        return TestServer.kitAt("classpath:kit/" + location);
    }

    @Test
    void reportsEveryWrongDownEachWithItsOwnFailure() {
        List<StairwayStep> steps;
        try (MigrationsKit kit = kit("wrong").build()) {
            steps = kit.runStairway();
        }
        assertThat(steps).extracting((s) -> s.migration().version()).containsExactly("1", "2", "3", "4", "5");
        assertThat(steps).extracting(StairwayStep::passed).containsExactly(true, false, false, false, true);

        assertThat(steps.get(1).failure())
                .hasMessage("Migrations stairway failed: undoing V2 did not give back the schema from before it.\n"
                        + "  Migration:   V2 add nickname (classpath:kit/wrong/V2__add_nickname.sql)\n"
                        + "  Direction:   down (undo)\n"
                        + "  Statement:   DROP INDEX users_name;\n"
                        + "  Difference:  column public.users.nickname: left by the down (not there before the up)\n"
                        + "  Action:      Make the down part of V2 undo everything its up part does, or set"
                        + " minimumDowngradeVersion above 2.");
        assertThat(steps.get(1).failure().difference()).contains("column public.users.nickname");

        assertThat(steps.get(2).failure())
                .satisfies((failure) -> assertThat(failure.direction()).isEqualTo(Direction.DOWN))
                .hasMessageStartingWith("Migrations stairway failed: V3 cannot be undone.\n"
                        + "  Migration:   V3 add email (classpath:kit/wrong/V3__add_email.sql)\n"
                        + "  Direction:   down (undo)\n"
                        + "  Error:       MIG-030 ")
                .hasMessageContaining("Statement:   ALTER TABLE users DROP COLUMN mail")
                .hasMessageContaining("column \"mail\" of relation \"users\" does not exist (SQLState 42703)")
                .hasMessageEndingWith("  Action:      Fix the down part of V3, or set minimumDowngradeVersion above 3"
                        + " if it cannot be undone.");

        assertThat(steps.get(3).failure())
                .hasMessage("Migrations stairway failed: V4 has no down part, so it cannot be undone.\n"
                        + "  Migration:   V4 seed admin (classpath:kit/wrong/V4__seed_admin.sql)\n"
                        + "  Direction:   down (undo)\n"
                        + "  Action:      Write its down part after a '-- migrate:down' line, or set"
                        + " minimumDowngradeVersion above 4 if it is irreversible on purpose.");
    }

    @Test
    void minimumDowngradeVersionStartsTheStairwayAboveTheIrreversibleHistory() {
        try (MigrationsKit kit = kit("wrong").minimumDowngradeVersion("5").build()) {
            assertThat(kit.runStairway()).singleElement().satisfies((step) -> {
                assertThat(step.migration().version()).isEqualTo("5");
                assertThat(step.passed()).isTrue();
            });
            kit.assertDowngradeLeavesNoTrace();
        }
    }

    @Test
    void downgradeLeavingAColumnBehindLeavesATraceNamingTheColumn() {
        try (MigrationsKit kit = kit("leftover").build()) {
            assertThatThrownBy(kit::assertDowngradeLeavesNoTrace)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessage("Migrations no trace failed: applying and undoing every migration left 1 difference(s)"
                            + " in the schema.\n"
                            + "  Direction:   down (undo)\n"
                            + "  Difference:  enum public.mood: left by the downgrade (not there in the empty"
                            + " database)\n"
                            + "  Action:      Make the down parts drop what their up parts create (the stairway names"
                            + " the migration), or declare what stays on purpose with keep, for example"
                            + " @MigrationsTest(keep = \"enum public.mood\").");
        }
        try (MigrationsKit kit = kit("leftover").keep("enum public.mood").build()) {
            kit.assertDowngradeLeavesNoTrace();
        }
    }

    @Test
    void downgradeStopsAtAMigrationWithoutDownPart() {
        try (MigrationsKit kit = kit("wrong").minimumDowngradeVersion("2").build()) {
            assertThatThrownBy(kit::assertDowngradeLeavesNoTrace)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessageStartingWith("Migrations no trace failed: undoing every migration stopped.\n"
                            + "  Migration:   V4 seed admin (classpath:kit/wrong/V4__seed_admin.sql)\n"
                            + "  Direction:   down (undo)\n"
                            + "  Error:       MIG-040 ");
        }
    }

    /**
     * The full rollback goes on past a failing down part: V4's down fails on its own (no difference explains it) and is
     * left out, V3's runs but loses users.email, so V2's fails, and is explained by V3. What is left (the teams table
     * V4's failed down kept) is named too.
     */
    @Test
    void fullRollbackReportsEveryFailingDownAndTheEarlierDownThatExplainsIt() {
        try (MigrationsKit kit = kit("lossy").build()) {
            FullRollback rollback = kit.runFullRollback();
            assertThat(rollback.undone()).isEqualTo(4);
            assertThat(rollback.failures())
                    .extracting((f) -> f.migration().version())
                    .containsExactly("4", "2");
            assertThat(rollback.failures().get(0).cause()).isNull();
            assertThat(rollback.failures().get(0).failure())
                    .hasMessageStartingWith("Migrations full rollback failed: V4 cannot be undone in the rollback from"
                            + " V4.\n"
                            + "  Migration:   V4 create teams (classpath:kit/lossy/V4__create_teams.sql)\n"
                            + "  Direction:   down (undo)\n"
                            + "  Error:       MIG-030 ")
                    .hasMessageContaining("index \"teams_name\" does not exist (SQLState 42704)")
                    .hasMessageEndingWith("  Action:      Fix the down part of V4, or set minimumDowngradeVersion above"
                            + " 4 if it cannot be undone.");
            RollbackFailure v2 = rollback.failures().get(1);
            assertThat(v2.cause().version()).isEqualTo("3");
            assertThat(v2.causeDifference())
                    .isEqualTo("column public.users.email: gone after the down of V3 (there after a clean upgrade to"
                            + " that version)\n");
            assertThat(v2.failure())
                    .hasMessageStartingWith("Migrations full rollback failed: V2 cannot be undone in the rollback from"
                            + " V4.\n"
                            + "  Migration:   V2 email optional (classpath:kit/lossy/V2__email_optional.sql)\n"
                            + "  Direction:   down (undo)\n"
                            + "  Findings:    The down part of V3 (undone before it) left the object this error names"
                            + " not as a clean upgrade builds it:\n"
                            + "               column public.users.email: gone after the down of V3 (there after a"
                            + " clean upgrade to that version)\n"
                            + "  Error:       MIG-030 ")
                    .hasMessageContaining("column \"email\" of relation \"users\" does not exist (SQLState 42703)")
                    .hasMessageEndingWith("  Action:      Make the down part of V3 restore the schema exactly (its"
                            + " stair in the stairway names the difference), or make the down part of V2 work on"
                            + " what it leaves, or set minimumDowngradeVersion above 3.");
            assertThat(rollback.toFix()).extracting((m) -> m.version()).containsExactly("4", "3");
            assertThat(rollback.left())
                    .isEqualTo("table public.teams: left by the rollback (not there before the upgrade)\n");
            assertThat(rollback.passed()).isFalse();

            assertThatThrownBy(kit::assertDowngradeLeavesNoTrace)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessageStartingWith("Migrations no trace failed: undoing every migration stopped.\n"
                            + "  Migration:   V4 create teams (classpath:kit/lossy/V4__create_teams.sql)\n"
                            + "  Direction:   down (undo)\n"
                            + "  Error:       MIG-030 ")
                    .hasMessageContaining("  Rollback:    going on past each down part that fails, 2 of 4 failed; to"
                            + " fix: V4, V3\n"
                            + "               V4: index \"teams_name\" does not exist (42704)\n"
                            + "               V2: column \"email\" of relation \"users\" does not exist (42703);"
                            + " explained by V3: column public.users.email: gone after the down of V3 (there after a"
                            + " clean upgrade to that version)\n");
        }
        try (MigrationsKit kit = kit("lossy").minimumDowngradeVersion("4").build()) {
            FullRollback rollback = kit.runFullRollback();
            assertThat(rollback.undone()).isEqualTo(1);
            assertThat(rollback.failures())
                    .singleElement()
                    .satisfies((f) -> assertThat(f.migration().version()).isEqualTo("4"));
        }
    }

    /**
     * V4 drops users.email and cannot give it back; V3's down then fails on the column and V2's on its index, which went
     * with the column. One broken down part (V4's), so one failure, V3's, with V2's under it.
     */
    @Test
    void fullRollbackReportsFailuresWithTheSameCauseOnce() {
        try (MigrationsKit kit = kit("samecause").build()) {
            FullRollback rollback = kit.runFullRollback();
            assertThat(rollback.undone()).isEqualTo(4);
            assertThat(rollback.failures()).singleElement().satisfies((failure) -> {
                assertThat(failure.migration().version()).isEqualTo("3");
                assertThat(failure.cause().version()).isEqualTo("4");
                assertThat(failure.sameCause()).singleElement().satisfies((also) -> {
                    assertThat(also.migration().version()).isEqualTo("2");
                    assertThat(also.cause().version()).isEqualTo("4");
                    assertThat(also.sameCause()).isEmpty();
                    assertThat(also.failure())
                            .hasMessageContaining("index \"users_email\" does not exist (SQLState 42704)");
                });
                assertThat(failure.failure())
                        .hasMessageContaining("  Findings:    The down part of V4 (undone before it) left the object"
                                + " this error names not as a clean upgrade builds it:\n"
                                + "               column public.users.email: gone after the down of V4 (there after a"
                                + " clean upgrade to that version)\n"
                                + "               The same difference makes the down part of V2 fail further down:"
                                + " index \"users_email\" does not exist (42704)\n")
                        .hasMessageContaining("column \"email\" of relation \"users\" does not exist (SQLState 42703)")
                        .hasMessageEndingWith("  Action:      Make the down part of V4 restore the schema exactly (its"
                                + " stair in the stairway names the difference), or make the down parts of V3 and V2"
                                + " work on what it leaves, or set minimumDowngradeVersion above 4.");
            });
            assertThat(rollback.failedDowns())
                    .extracting((f) -> f.migration().version())
                    .containsExactly("3", "2");
            assertThat(rollback.toFix()).extracting((m) -> m.version()).containsExactly("4");

            assertThatThrownBy(kit::assertDowngradeLeavesNoTrace)
                    .hasMessageContaining("  Rollback:    going on past each down part that fails, 2 of 4 failed; to"
                            + " fix: V4\n"
                            + "               V3: column \"email\" of relation \"users\" does not exist (42703);"
                            + " explained by V4: column public.users.email: gone after the down of V4 (there after a"
                            + " clean upgrade to that version)\n"
                            + "                 and V2 for the same reason: index \"users_email\" does not exist"
                            + " (42704)\n");
        }
    }

    @Test
    void stairwayOutcomesSeparateErrorsFromDifferences() {
        try (MigrationsKit kit = kit("wrong").build()) {
            assertThat(kit.runStairway())
                    .extracting(StairwayStep::outcome)
                    .containsExactly(
                            StairwayStep.Outcome.PASSED,
                            StairwayStep.Outcome.DIFFERENCE,
                            StairwayStep.Outcome.ERROR,
                            StairwayStep.Outcome.NO_DOWN_PART,
                            StairwayStep.Outcome.PASSED);
        }
    }

    /** Domains and composite types are part of the compared catalog: a down that forgets one is named. */
    @Test
    void stairwayNamesAForgottenCompositeTypeAndADomainNotRestored() {
        List<StairwayStep> steps;
        try (MigrationsKit kit = kit("types").build()) {
            steps = kit.runStairway();
        }
        assertThat(steps)
                .extracting(StairwayStep::outcome)
                .containsExactly(StairwayStep.Outcome.DIFFERENCE, StairwayStep.Outcome.DIFFERENCE);
        assertThat(steps.get(0).failure().difference())
                .isEqualTo("composite type public.address: left by the down (not there before the up)\n");
        assertThat(steps.get(1).failure().difference())
                .startsWith(
                        "domain public.email_address: not null is true after" + " the down, was false before the up");
    }
}
