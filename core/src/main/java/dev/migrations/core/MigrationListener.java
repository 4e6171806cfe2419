package dev.migrations.core;

import java.time.Duration;

/**
 * Receives the events of a run, so that logging, metrics and tracing can attach from outside. Every method has a
 * no-op default. Called on the thread that runs the migration; a listener that throws is logged and ignored, it never
 * breaks a migration.
 *
 * @since 0.1.0
 */
public interface MigrationListener {

    /** Called every few seconds while another session holds the migration lock. */
    default void lockWaiting(LockInfo holder, Duration waited) {}

    /** Called once the migration lock is held. */
    default void lockAcquired(Duration waited) {}

    /** Called before the first migration of a run, with how many will run. */
    default void runStarting(MigrationResult.Operation operation, int count) {}

    /** Called before a migration is applied or undone. */
    default void migrationStarting(MigrationInfo migration, Direction direction) {}

    /** Called after a migration was applied or undone and committed. */
    default void migrationSucceeded(MigrationInfo migration, Direction direction, Duration duration) {}

    /** Called after a migration failed (and was rolled back where possible). */
    default void migrationFailed(
            MigrationInfo migration, Direction direction, Duration duration, MigrationException failure) {}

    /** Called at the end of a successful run. */
    default void runFinished(MigrationResult result) {}
}
