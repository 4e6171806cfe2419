package dev.migrations.core;

import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The steps in which the operations of {@link Migrator} differ; the rest of a run is the template in
 * {@code Migrator.run}: open the session, resolve the local migrations, read the history as {@link History} says and
 * plan, then {@link #unlocked} may end the run (a read-only operation, nothing to do); otherwise {@link #locked} runs
 * under the migration lock. The lock is released and the connection closed before the listeners hear that the run
 * finished.
 */
interface Operation<R> {

    /** What a run reads of the history before it decides whether it needs the lock. */
    enum History {
        /** Nothing: the operation reads under the lock. */
        NONE,
        /** The columns decisions need; the full rows only when a problem needs explaining. */
        DECISIONS,
        /** Every column: descriptions, users and times, for a status or an error. */
        FULL
    }

    /** With the history read without the lock: the outcome when the run ends here, or null to take the lock. */
    @Nullable
    R unlocked(Run run) throws SQLException;

    /** Under the migration lock, after waiting {@code waited} for it. */
    R locked(Run run, Duration waited) throws SQLException;

    /** An operation that never takes the lock. */
    @FunctionalInterface
    interface ReadOnly<R> extends Operation<R> {

        @Override
        default R locked(Run run, Duration waited) {
            throw new IllegalStateException("a read-only operation ends before the lock");
        }
    }

    /** An operation that does all its work under the lock. */
    @FunctionalInterface
    interface Locked<R> extends Operation<R> {

        @Override
        default @Nullable R unlocked(Run run) {
            return null;
        }
    }
}
