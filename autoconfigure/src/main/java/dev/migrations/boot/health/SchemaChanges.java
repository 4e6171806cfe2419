package dev.migrations.boot.health;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationListener;
import dev.migrations.core.MigrationResult;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts the events after which a schema may differ (a migration applied, undone or failed, a run finished), so that
 * {@link MigrationsHealthIndicator} reads the status again right after them instead of waiting for its time to live.
 *
 * @since 0.1.0
 */
public final class SchemaChanges implements MigrationListener, LongSupplier {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void migrationSucceeded(MigrationInfo migration, Direction direction, Duration duration) {
        this.count.incrementAndGet();
    }

    @Override
    public void migrationFailed(
            MigrationInfo migration, Direction direction, Duration duration, MigrationException failure) {
        this.count.incrementAndGet();
    }

    @Override
    public void runFinished(MigrationResult result) {
        this.count.incrementAndGet();
    }

    /** How many such events there were so far. */
    @Override
    public long getAsLong() {
        return this.count.get();
    }
}
