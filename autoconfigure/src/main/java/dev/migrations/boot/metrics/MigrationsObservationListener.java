package dev.migrations.boot.metrics;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Wraps each migration in an {@link Observation} named {@value MigrationsMeters#OBSERVATION} with the low-cardinality
 * key values {@code version}, {@code direction} and {@code outcome}.
 *
 * @since 0.1.0
 */
public class MigrationsObservationListener implements MigrationListener {

    private final Supplier<ObservationRegistry> registry;

    // a run calls the listener on one thread, start to end; several Migrators may run on different threads
    private final ThreadLocal<@Nullable Observation> current = new ThreadLocal<>();

    /** A listener that observes into the registry that {@code registry} returns when a migration starts. */
    public MigrationsObservationListener(Supplier<ObservationRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void migrationStarting(MigrationInfo migration, Direction direction) {
        Observation observation = Observation.createNotStarted(MigrationsMeters.OBSERVATION, this.registry.get())
                .contextualName("migration " + migration.label())
                .lowCardinalityKeyValue(MigrationsMeters.TAG_VERSION, migration.label())
                .lowCardinalityKeyValue(
                        MigrationsMeters.TAG_DIRECTION, direction.name().toLowerCase(Locale.ROOT));
        this.current.set(observation.start());
    }

    @Override
    public void migrationSucceeded(MigrationInfo migration, Direction direction, Duration duration) {
        stop(MigrationsMeters.SUCCESS, null);
    }

    @Override
    public void migrationFailed(
            MigrationInfo migration, Direction direction, Duration duration, MigrationException failure) {
        stop(MigrationsMeters.FAILURE, failure);
    }

    private void stop(String outcome, @Nullable Throwable failure) {
        Observation observation = this.current.get();
        this.current.remove();
        if (observation != null) {
            observation.lowCardinalityKeyValue(MigrationsMeters.TAG_OUTCOME, outcome);
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        }
    }
}
