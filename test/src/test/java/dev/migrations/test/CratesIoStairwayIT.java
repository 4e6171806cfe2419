package dev.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.testsupport.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on real-world data: the 285 crates.io migrations (test-support's corpus/crates-io, see its NOTICE.md),
 * converted into V/U files numbered by their manifest order without changing their bytes, through the stairway.
 */
class CratesIoStairwayIT {

    @TempDir
    static Path temp;

    private static Path location;

    @BeforeAll
    static void convert() throws IOException {
        Path set = Corpus.cratesIo();
        location = Files.createDirectories(temp.resolve("crates-io"));
        List<String> lines = Files.readAllLines(set.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[0] + "__" + f[1] + "_" + f[2] + ".sql";
            copy(set.resolve(f[3]), location.resolve("V" + name), Boolean.parseBoolean(f[5]));
            copy(set.resolve(f[4]), location.resolve("U" + name), Boolean.parseBoolean(f[5]));
        }
    }

    private static void copy(Path from, Path to, boolean noTransaction) throws IOException {
        Files.copy(from, to);
        if (noTransaction) {
            Files.writeString(to, "\n-- migrate:no-transaction\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    static MigrationsKit.Builder kitFor() {
        return kit();
    }

    private static MigrationsKit.Builder kit() {
        return new TestServer()
                .kit(MigrationsConfig.builder()
                        .locations("filesystem:" + location)
                        .mixed(true) // 2024-04-12-144536's down mixes ALTER TABLE with CREATE INDEX CONCURRENTLY
                        .build());
    }

    /**
     * Every stair runs, and exactly these fail, in two kinds: two errors (outcome ERROR), the downs that always fail
     * (132: a missing ";", 235: drops a constraint where the up made an index), and twenty-six differences (outcome
     * DIFFERENCE), whose down runs but does not give back the schema from before the up, each a real difference the
     * catalog comparison names (psql's redo sees none of them: it checks only that the statements run). Among them are
     * 37 and 186 of the six downs that need substitutes for a full rollback (NOTICE.md); the other two (59, 139) work
     * right after their own up and fail only in a full rollback (see the full rollback test below).
     */
    @Test
    void everyStairRunsAndExactlyTheWrongDownsFailEachNamed() {
        long start = System.nanoTime();
        List<StairwayStep> steps;
        try (MigrationsKit kit = kit().build()) {
            steps = kit.runStairway();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<StairwayStep> failed = steps.stream().filter((s) -> !s.passed()).toList();
        System.out.printf(
                "crates.io stairway: %d stairs, %d failed, %d ms (%d ms per stair)%n",
                steps.size(), failed.size(), millis, millis / steps.size());
        failed.forEach((s) -> System.out.println(s.failure().getMessage() + "\n"));

        assertThat(steps).hasSize(285).noneMatch(StairwayStep::skipped);
        assertThat(failed.stream().map((s) -> s.migration().version()).toList())
                .containsExactly(
                        "13", "18", "20", "37", "90", "106", "127", "131", "132", "133", "136", "138", "147", "149",
                        "154", "157", "172", "182", "186", "189", "192", "226", "230", "235", "242", "245", "254",
                        "275");
        assertThat(failure(steps, "132"))
                .startsWith("Migrations stairway failed: V132 cannot be undone.\n"
                        + "  Migration:   V132 20170318181441 downloads need no id")
                .contains("syntax error at or near \"ALTER\" (SQLState 42601)");
        assertThat(failure(steps, "235"))
                .startsWith("Migrations stairway failed: V235 cannot be undone.")
                .contains("ERROR: constraint \"versions_crate_id_num_no_build_uindex\" of relation \"versions\""
                        + " does not exist (SQLState 42704)");
        assertThat(failure(steps, "37"))
                .contains("column public.version_dependencies.depends_on_id: gone after the down (there before the"
                        + " up)");
        assertThat(failure(steps, "136"))
                .contains("table public.schema_migrations: left by the down (not there before the up)");
        assertThat(failure(steps, "186"))
                .contains("column public.users.email: gone after the down (there before the up)");
        assertThat(failure(steps, "192")).contains("extension pgcrypto: left by the down (not there before the up)");
        // Functions and triggers are part of the compared catalog: downs that drop a trigger function with its
        // trigger, or put back another body, are named too.
        assertThat(failure(steps, "245"))
                .contains(
                        "function public.update_num_versions_from_versions(): gone after the down (there before the up)",
                        "trigger public.versions.trigger_update_num_versions_from_versions: gone after the down");
        assertThat(failure(steps, "106")).contains("function public.trigger_crates_name_search(): definition is");
        assertThat(failed.stream().filter((s) -> s.outcome() == StairwayStep.Outcome.ERROR))
                .extracting((s) -> s.migration().version())
                .containsExactly("132", "235");
        assertThat(failed.stream().filter((s) -> s.failure().migrationException() == null))
                .allMatch((s) -> s.outcome() == StairwayStep.Outcome.DIFFERENCE)
                .hasSize(26)
                .allSatisfy((s) -> assertThat(s.failure().getMessage())
                        .contains("did not give back the schema from before it", "  Difference:  "));
    }

    /**
     * The full rollback from V285 (every down in reverse order, going on past each one that fails) against NOTICE.md's
     * broken downs: the two that always fail (V132, V235) and the four that work right after their own up but fail in a
     * full rollback from head (V139, V59, V45, V28; the manifest's notes name each with its cause).
     *
     * <p>What happens, measured: eight downs fail, each with its statement and the database's error. V235 and V132 fail
     * on their own (a constraint that is an index, a missing ";"); no difference explains them. The other six fail on an
     * object that a down undone before them left not as a clean upgrade builds it, and the kit finds that down from the
     * catalog comparison after each step: V139 and V50 on constraint fk_crate_downloads_crate_id, which V172's down
     * re-creates as crate_downloads_crate_id_fkey; V59 on fk_version_authors_user_id, which V189's down does not
     * re-create; V45 on users.email, which V186's down does not restore; V28 and V27 on the indexes of
     * version_dependencies, which V37's down re-creates without its columns.
     *
     * <p>The rule (no knowledge of this corpus in the kit): a failure is explained by the nearest earlier-undone down
     * whose own trace names the object in the error, and failures explained by the same down are one broken down,
     * reported at the first (V50 under V139, V27 under V28). That reports exactly the six, each with its error. The
     * downs to fix are then the causes, {V235, V172, V132, V189, V186, V37}; NOTICE's substitutes (V37, V59, V132, V139,
     * V186, V235) fix two of the four at the failing end instead (V139, V59), and all six are in the report.
     */
    @Test
    void fullRollbackReportsTheBrokenDownsEachWithItsErrorAndExplanation() {
        FullRollback rollback;
        try (MigrationsKit kit = kit().build()) {
            rollback = kit.runFullRollback();
        }
        System.out.printf(
                "crates.io full rollback: %d downs, %d failed, %d broken, %d ms%n",
                rollback.undone(),
                rollback.failedDowns().size(),
                rollback.failures().size(),
                rollback.duration().toMillis());
        rollback.failures().forEach((f) -> System.out.println(f.failure().getMessage() + "\n"));

        assertThat(rollback.undone()).isEqualTo(285);
        // exactly the six broken downs, each with its error
        assertThat(rollback.failures())
                .extracting((f) -> f.migration().version())
                .containsExactly("235", "139", "132", "59", "45", "28");
        assertThat(rollback.failures())
                .extracting((f) -> (f.cause() == null) ? null : f.cause().version())
                .containsExactly(null, "172", null, "189", "186", "37");
        assertThat(rollback.failures())
                .extracting((f) -> f.sameCause().stream()
                        .map((also) -> also.migration().version())
                        .toList())
                .containsExactly(List.of(), List.of("50"), List.of(), List.of(), List.of(), List.of("27"));
        assertThat(rollback.failedDowns())
                .extracting((f) -> f.migration().version())
                .containsExactly("235", "139", "132", "59", "50", "45", "28", "27");
        assertThat(rollback.failedDowns())
                .allSatisfy((f) -> assertThat(f.failure().getMessage())
                        .startsWith("Migrations full rollback failed: V"
                                + f.migration().version() + " cannot be undone in the" + " rollback from V285.")
                        .contains("  Direction:   down (undo)", "  Statement:   ", "(SQLState 42"));
        assertThat(failure(rollback, "235"))
                .contains("Statement:   alter table versions drop constraint versions_crate_id_num_no_build_uindex")
                .contains("constraint \"versions_crate_id_num_no_build_uindex\" of relation \"versions\" does not"
                        + " exist (SQLState 42704)");
        assertThat(failure(rollback, "132")).contains("syntax error at or near \"ALTER\" (SQLState 42601)");
        assertThat(failure(rollback, "139"))
                .contains("constraint \"fk_crate_downloads_crate_id\" of relation \"crate_downloads\" does not exist")
                .contains("The down part of V172 (undone before it) left the object this error names not as a clean"
                        + " upgrade builds it:\n"
                        + "               constraint public.crate_downloads.fk_crate_downloads_crate_id: gone after"
                        + " the down of V172")
                .contains("The same difference makes the down part of V50 fail further down: constraint"
                        + " \"fk_crate_downloads_crate_id\" of relation \"crate_downloads\" does not exist (42704)");
        assertThat(failure(rollback, "59"))
                .contains("constraint \"fk_version_authors_user_id\" of relation \"version_authors\" does not exist")
                .contains("constraint public.version_authors.fk_version_authors_user_id: gone after the down of V189");
        assertThat(failure(rollback, "45"))
                .contains("column \"email\" of relation \"users\" does not exist (SQLState 42703)")
                .contains("column public.users.email: gone after the down of V186");
        assertThat(failure(rollback, "28"))
                .contains("index \"index_version_dependencies_depends_on_id\" does not exist")
                .contains("index public.index_version_dependencies_depends_on_id: gone after the down of V37")
                .contains("The same difference makes the down part of V27 fail further down: index"
                        + " \"index_version_dependencies_version_id\" does not exist (42704)");

        // exactly six downs to fix
        assertThat(rollback.toFix())
                .extracting((m) -> m.version())
                .containsExactly("235", "172", "132", "189", "186", "37");
        // NOTICE's six substitutes, each in the report: failing with their own error, or as the explanation
        List<String> failing =
                rollback.failures().stream().map((f) -> f.migration().version()).toList();
        List<String> explaining = rollback.failures().stream()
                .filter((f) -> f.cause() != null)
                .map((f) -> f.cause().version())
                .toList();
        assertThat(failing).contains("235", "139", "132", "59");
        assertThat(explaining).contains("186", "37");
        // what NOTICE.md says stays after a full rollback: the extension pgcrypto and the legacy schema_migrations
        assertThat(rollback.left())
                .isEqualTo("extension pgcrypto: left by the rollback (not there before the upgrade)\n"
                        + "sequence public.schema_migrations_id_seq: left by the rollback (not there before the"
                        + " upgrade)\n"
                        + "table public.schema_migrations: left by the rollback (not there before the upgrade)\n");
    }

    /**
     * NOTICE.md: from the newest migration, the downs of the newest 50 (V285 down to V236) succeed, and the schema
     * after them differs from a fresh migration to V235 only in column order (not compared), the whitespace of one
     * trigger function body and a {@code DEFAULT ''} on users.gh_access_token. With minimumDowngradeVersion = 236 the
     * full rollback runs exactly those 50, none fails, and what it leaves is exactly those two differences.
     */
    @Test
    void minimumDowngradeVersionLetsTheNewestFiftyDownsPass() {
        try (MigrationsKit kit = kit().minimumDowngradeVersion("236").build()) {
            FullRollback rollback = kit.runFullRollback();
            System.out.println("crates.io full rollback from 236: "
                    + rollback.duration().toMillis() + " ms; left:\n" + rollback.left());
            assertThat(rollback.undone()).isEqualTo(50);
            assertThat(rollback.failures()).isEmpty();
            assertThat(rollback.left().lines())
                    .satisfiesExactly(
                            (line) -> assertThat(line)
                                    .isEqualTo("column public.users.gh_access_token: default is ''::character varying"
                                            + " after the rollback, was none before the upgrade"),
                            (line) -> assertThat(line)
                                    .startsWith("function public.crate_owner_invitations_set_token_generated_at():"
                                            + " definition is "));
        }
    }

    /** Above the last wrong down, every stair passes: what a project with this history would configure. */
    @Test
    void minimumDowngradeVersionAboveTheWrongDownsLetsTheRestPass() {
        try (MigrationsKit kit = kit().minimumDowngradeVersion("276").build()) {
            List<StairwayStep> steps = kit.runStairway();
            assertThat(steps).hasSize(10).allMatch(StairwayStep::passed);
            assertThat(steps.get(0).migration().version()).isEqualTo("276");
        }
    }

    private static String failure(FullRollback rollback, String version) {
        return rollback.failures().stream()
                .filter((f) -> f.migration().version().equals(version))
                .findFirst()
                .orElseThrow()
                .failure()
                .getMessage();
    }

    private static String failure(List<StairwayStep> steps, String version) {
        return steps.stream()
                .filter((s) -> s.migration().version().equals(version))
                .findFirst()
                .orElseThrow()
                .failure()
                .getMessage();
    }
}
