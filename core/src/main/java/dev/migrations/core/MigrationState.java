package dev.migrations.core;

/**
 * State of one migration, comparing the migration locations with the history table.
 *
 * @since 0.1.0
 */
public enum MigrationState {

    /** Found locally and not applied yet. */
    PENDING,

    /** Applied, and the local file still matches. */
    APPLIED,

    /** Recorded as failed (a no-transaction migration failed halfway); needs a repair. */
    FAILED,

    /** Applied, but the local file changed since. */
    CHECKSUM_MISMATCH,

    /** Applied, but no longer found in any location. */
    MISSING_LOCALLY,

    /** Not applied, and older than the newest applied migration. */
    OUT_OF_ORDER,

    /** The baseline marker. */
    BASELINE,

    /** Not applied because it is at or below the baseline version. */
    BELOW_BASELINE,

    /**
     * A repeatable migration applied before whose file (or placeholder values) changed since: the next migrate
     * applies it again. Flyway's {@code Outdated}.
     */
    OUTDATED;

    /**
     * Whether a migration in this state is recorded as applied: applied, changed since, missing locally, or a
     * repeatable migration to be applied again.
     */
    public boolean isApplied() {
        return this == APPLIED || this == CHECKSUM_MISMATCH || this == MISSING_LOCALLY || this == OUTDATED;
    }

    /**
     * Whether a migration in this state is not applied yet and would be: pending, out of order, or an outdated
     * repeatable. Out-of-order migrations are included whatever the configuration; {@link #isToApply(boolean)} is what
     * counts as pending for health, metrics, the endpoint and validate.
     */
    public boolean isPending() {
        return this == PENDING || this == OUT_OF_ORDER || this == OUTDATED;
    }

    /**
     * Whether the next migrate applies a migration in this state: pending or an outdated repeatable, and out of order
     * only when {@code outOfOrderAllowed} (otherwise that migration is a {@link MigrationProblem.Kind#OUT_OF_ORDER
     * problem} that stops the run, not a pending one).
     */
    public boolean isToApply(boolean outOfOrderAllowed) {
        return (this == OUT_OF_ORDER) ? outOfOrderAllowed : isPending();
    }
}
