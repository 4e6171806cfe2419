package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A down part that failed in {@link MigrationsKit#runFullRollback()}, with the earlier-undone migration that explains
 * it when one is found.
 *
 * @param migration the migration whose down part failed
 * @param failure the failure: the migration, the direction, the statement, the database's error and the explanation
 * @param cause the migration undone before it whose down part left a difference in the object the error names (not
 *     there, or not as it was, in the schema a clean upgrade builds), or {@code null} when no such difference was found
 * @param causeDifference the differences of {@code cause} that name that object, one a line, or {@code null}
 * @param sameCause the older down parts that fail further down on a difference the same {@code cause} left, each with
 *     its own error (and an empty {@code sameCause}): not failures of their own, since restoring what {@code cause}
 *     left fixes them all; empty when there is none or no cause
 * @since 0.1.0
 */
public record RollbackFailure(
        MigrationInfo migration,
        MigrationAssertionError failure,
        @Nullable MigrationInfo cause,
        @Nullable String causeDifference,
        List<RollbackFailure> sameCause) {

    public RollbackFailure {
        sameCause = List.copyOf(sameCause);
    }

    /**
     * The down part to fix: the {@code cause} when the failure is explained by it (the failing down part would work on
     * the schema it expects), the failing migration itself otherwise.
     */
    public MigrationInfo toFix() {
        return (cause != null) ? cause : migration;
    }
}
