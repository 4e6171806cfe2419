package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

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
        MigrationInfo migration, @Nullable MigrationAssertionError failure, boolean skipped, Duration duration) {

    /** How a stair ended. */
    public enum Outcome {
        /** Up, down and up again ran, and the down gave back the schema from before the up. */
        PASSED,
        /** The database refused a statement (of the up, the down, or the up again): the failure holds its error. */
        ERROR,
        /** Every statement ran, but the schema after the down differs from the one before the up. */
        DIFFERENCE,
        /** The migration has no down part. */
        NO_DOWN_PART,
        /** Not run: an earlier migration could not be applied. */
        SKIPPED
    }

    /** Whether the stair ran and passed. */
    public boolean passed() {
        return failure == null && !skipped;
    }

    /** How the stair ended: passed, an error of the database, a schema difference, no down part, or not run. */
    public Outcome outcome() {
        if (skipped) {
            return Outcome.SKIPPED;
        }
        if (failure == null) {
            return Outcome.PASSED;
        }
        if (failure.migrationException() != null) {
            return Outcome.ERROR;
        }
        return (failure.difference() != null) ? Outcome.DIFFERENCE : Outcome.NO_DOWN_PART;
    }
}
