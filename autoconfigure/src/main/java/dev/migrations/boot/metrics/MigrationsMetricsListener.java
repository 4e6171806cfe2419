package dev.migrations.boot.metrics;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationResult;
import dev.migrations.core.MigrationStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records {@link MigrationsMeters meters} from the events of each run. The gauges of applied and pending migrations
 * take the counts each run's {@link MigrationResult} carries, so a run never leads to a second read of the status;
 * {@link #initialize()} reads them from {@code Migrator.info()} only when no run reported them yet (a start that does
 * not migrate), and nothing reads them on a scrape. Pending is what core counts as such
 * ({@link MigrationStatus#toApply()}: an out-of-order migration only when allowed), as in the health indicator and the
 * endpoint.
 *
 * @since 0.1.0
 */
public class MigrationsMetricsListener implements dev.migrations.core.MigrationListener, MeterBinder {

    private static final Logger logger = LoggerFactory.getLogger(MigrationsMetricsListener.class);

    private final Supplier<@Nullable MeterRegistry> registry;

    private final Supplier<@Nullable MigrationStatus> status;

    private final AtomicInteger applied = new AtomicInteger();

    private final AtomicInteger pending = new AtomicInteger();

    private volatile boolean reported;

    /**
     * A listener that records into the registry that {@code registry} returns when an event comes (it may not exist
     * yet when the listener is created), and reads the gauges' values from {@code status}.
     */
    public MigrationsMetricsListener(
            Supplier<@Nullable MeterRegistry> registry, Supplier<@Nullable MigrationStatus> status) {
        this.registry = registry;
        this.status = status;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(MigrationsMeters.APPLIED, this.applied, AtomicInteger::get)
                .description("Migrations recorded as applied")
                .register(registry);
        Gauge.builder(MigrationsMeters.PENDING, this.pending, AtomicInteger::get)
                .description("Migrations waiting to be applied")
                .register(registry);
    }

    /** Reads the applied and pending counts again from the status. */
    public void refresh() {
        try {
            MigrationStatus current = this.status.get();
            if (current != null) {
                this.applied.set(current.applied().size());
                this.pending.set(current.toApply().size()); // as health counts them: core's decision
                this.reported = true;
            }
        } catch (RuntimeException ex) {
            logger.debug("Could not refresh the migration gauges", ex);
        }
    }

    /**
     * Gives the gauges their first values once the application has started: from the status, unless a run (the
     * start's migrate) already reported its counts.
     */
    public void initialize() {
        if (!this.reported) {
            refresh();
        }
    }

    @Override
    public void lockAcquired(Duration waited) {
        MeterRegistry target = this.registry.get();
        if (target != null) {
            Timer.builder(MigrationsMeters.LOCK_WAIT)
                    .description("Time waited for the migration lock")
                    .register(target)
                    .record(waited);
        }
    }

    @Override
    public void migrationSucceeded(MigrationInfo migration, Direction direction, Duration duration) {
        record(migration, direction, duration, MigrationsMeters.SUCCESS);
    }

    @Override
    public void migrationFailed(
            MigrationInfo migration, Direction direction, Duration duration, MigrationException failure) {
        record(migration, direction, duration, MigrationsMeters.FAILURE);
    }

    @Override
    public void runFinished(MigrationResult result) {
        this.applied.set(result.applied());
        this.pending.set(result.pending());
        this.reported = true;
    }

    private void record(MigrationInfo migration, Direction direction, Duration duration, String outcome) {
        MeterRegistry target = this.registry.get();
        if (target != null) {
            Timer.builder(MigrationsMeters.MIGRATION_DURATION)
                    .description("Time to apply or undo a migration")
                    .tag(MigrationsMeters.TAG_VERSION, migration.label()) // R:<description> for a repeatable one
                    .tag(MigrationsMeters.TAG_DIRECTION, direction.name().toLowerCase(Locale.ROOT))
                    .tag(MigrationsMeters.TAG_OUTCOME, outcome)
                    .register(target)
                    .record(duration);
        }
    }
}
