package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import java.time.Duration;

/**
 * One stair of {@link MigrationsKit#runStairway()}: a migration applied, undone and applied again.
 *
 * @param migration the migration
 * @param failure what went wrong, or {@code null} when the stair passed or did not run
 * @param skipped whether the stair did not run because an earlier migration could not be applied
 * @param duration how long the stair took
 * @since 0.1.0
 */
public record StairwayStep(
        MigrationInfo migration, MigrationAssertionError failure, boolean skipped, Duration duration) {

    /** Whether the stair ran and passed. */
    public boolean passed() {
        return failure == null && !skipped;
    }
}
