package dev.migrations.core;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to the configured listeners; a listener that throws is logged and never breaks a run. */
final class Listeners implements MigrationListener {

    private static final Logger logger = LoggerFactory.getLogger(Listeners.class);

    private final List<MigrationListener> listeners;

    Listeners(List<MigrationListener> listeners) {
        this.listeners = listeners;
    }

    private void each(Consumer<MigrationListener> event) {
        for (MigrationListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException ex) {
                logger.warn("Migration listener {} failed; ignoring it", listener, ex);
            }
        }
    }

    @Override
    public void lockWaiting(LockInfo holder, Duration waited) {
        each((l) -> l.lockWaiting(holder, waited));
    }

    @Override
    public void lockAcquired(Duration waited) {
        each((l) -> l.lockAcquired(waited));
    }

    @Override
    public void runStarting(MigrationResult.Operation operation, int count) {
        each((l) -> l.runStarting(operation, count));
    }

    @Override
    public void migrationStarting(MigrationInfo migration, Direction direction) {
        each((l) -> l.migrationStarting(migration, direction));
    }

    @Override
    public void migrationSucceeded(MigrationInfo migration, Direction direction, Duration duration) {
        each((l) -> l.migrationSucceeded(migration, direction, duration));
    }

    @Override
    public void migrationFailed(
            MigrationInfo migration, Direction direction, Duration duration, MigrationException failure) {
        each((l) -> l.migrationFailed(migration, direction, duration, failure));
    }

    @Override
    public void runFinished(MigrationResult result) {
        each((l) -> l.runFinished(result));
    }
}
