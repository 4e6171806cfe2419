package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The result of {@link MigrationsKit#runFullRollback()}: every migration applied, then every down part run in reverse
 * order down to {@code minimumDowngradeVersion}, going on past a down part that fails.
 *
 * @param undone how many down parts were run (passed or failed)
 * @param failures the broken down parts, newest first, each with its error and explanation: a down part that fails on
 *     its own, or the first of those that fail on what the same earlier down part left (the others are under it, in
 *     {@link RollbackFailure#sameCause()})
 * @param left what the schema still holds, or lacks, after the rollback compared with the schema before the upgrade
 *     (one line per difference, objects declared with {@code keep} left out), empty when there is no trace
 * @param duration how long the run took
 * @since 0.1.0
 */
public record FullRollback(int undone, List<RollbackFailure> failures, String left, Duration duration) {

    public FullRollback {
        failures = List.copyOf(failures);
    }

    /** Whether every down part ran and the schema is the one from before the upgrade. */
    public boolean passed() {
        return failures.isEmpty() && left.isEmpty();
    }

    /** Every down part that failed, newest first: the {@link #failures()} and those under them with the same cause. */
    public List<RollbackFailure> failedDowns() {
        return failures.stream()
                .flatMap((failure) -> Stream.concat(Stream.of(failure), failure.sameCause().stream()))
                .sorted((a, b) -> Versions.compare(Versions.of(b.migration()), Versions.of(a.migration())))
                .toList();
    }

    /**
     * The down parts to fix, in the order of the failures: for each failure the migration that explains it ({@link
     * RollbackFailure#toFix()}), each once.
     */
    public List<MigrationInfo> toFix() {
        Set<MigrationInfo> fix = new LinkedHashSet<>();
        failures.forEach((failure) -> fix.add(failure.toFix()));
        return List.copyOf(fix);
    }
}
