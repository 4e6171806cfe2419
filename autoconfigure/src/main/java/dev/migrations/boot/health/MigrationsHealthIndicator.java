package dev.migrations.boot.health;

import dev.migrations.core.MigrationProblem;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

/**
 * Health of a migrated schema: {@code UP} when every migration is applied and matches its file, {@link #NOT_READY}
 * with a {@code reason} and the versions concerned when the engine finds a problem
 * ({@link MigrationStatus#problems(boolean)}: the history records a failed migration, an applied migration changed, a
 * migration is out of order, an INVALID index was left, or, when {@code pendingIsNotReady}, migrations are pending),
 * or when the status cannot be read.
 * <p>
 * The state of a schema is never a reason to restart the application (a restart re-applies what an operator undid, and
 * repairs nothing), so the indicator never reports {@code DOWN}: {@link #NOT_READY} is unknown to Spring Boot's default
 * status order and leaves {@code /actuator/health} and the liveness group as they are, while
 * {@link MigrationsHealthEndpointGroupsPostProcessor} counts it as {@code OUT_OF_SERVICE} in the other groups that
 * include the indicator, such as readiness.
 * <p>
 * The status is read at most once per {@code timeToLive}, and again as soon as {@code changes} moves (a run of this
 * application migrated, downgraded, baselined or repaired): probes never rescan the migration locations or query the
 * database on their own. While one probe reads the status, the others get the previous one instead of queueing up.
 *
 * @since 0.1.0
 */
public class MigrationsHealthIndicator implements HealthIndicator {

    /** The schema should not take traffic yet; see the class description. */
    public static final Status NOT_READY = new Status("NOT_READY", "The schema is not ready for this application");

    /** How long a status is reused when no run of this application changed the schema. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofSeconds(10);

    private static final Log logger = LogFactory.getLog(MigrationsHealthIndicator.class);

    private final Migrator migrator;

    private final boolean pendingIsNotReady;

    private final long timeToLiveNanos;

    private final LongSupplier changes;

    private final ReentrantLock reading = new ReentrantLock();

    private volatile @Nullable Snapshot snapshot;

    /**
     * An indicator for {@code migrator} that reads the status at most every {@link #DEFAULT_TIME_TO_LIVE};
     * {@code pendingIsNotReady} says whether pending migrations make the schema not ready (they do when the
     * application migrates or validates at startup).
     */
    public MigrationsHealthIndicator(Migrator migrator, boolean pendingIsNotReady) {
        this(migrator, pendingIsNotReady, DEFAULT_TIME_TO_LIVE, () -> 0);
    }

    /**
     * An indicator for {@code migrator} that reuses a status for {@code timeToLive} unless {@code changes} (a counter
     * of the runs that may have changed the schema, such as {@link SchemaChanges}) moved since it was read.
     */
    public MigrationsHealthIndicator(
            Migrator migrator, boolean pendingIsNotReady, Duration timeToLive, LongSupplier changes) {
        Assert.notNull(migrator, "'migrator' must not be null");
        Assert.notNull(timeToLive, "'timeToLive' must not be null");
        Assert.notNull(changes, "'changes' must not be null");
        this.migrator = migrator;
        this.pendingIsNotReady = pendingIsNotReady;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.changes = changes;
    }

    @Override
    public Health health() {
        Snapshot current = this.snapshot;
        if (current != null && isFresh(current)) {
            return current.health();
        }
        if (current != null) {
            if (!this.reading.tryLock()) {
                return current.health(); // another probe is reading: one query at a time is enough
            }
        } else {
            this.reading.lock();
        }
        try {
            current = this.snapshot;
            if (current != null && isFresh(current)) {
                return current.health();
            }
            long changesBefore = this.changes.getAsLong();
            Health health = read();
            this.snapshot = new Snapshot(health, System.nanoTime(), changesBefore);
            return health;
        } finally {
            this.reading.unlock();
        }
    }

    private boolean isFresh(Snapshot snapshot) {
        return snapshot.changes() == this.changes.getAsLong()
                && System.nanoTime() - snapshot.readAt() < this.timeToLiveNanos;
    }

    private Health read() {
        try {
            return describe(this.migrator.info());
        } catch (RuntimeException ex) {
            logger.warn("Could not read the status of the migrations", ex);
            return Health.status(NOT_READY).withException(ex).build();
        }
    }

    /** Reports the problems core finds (see {@link MigrationStatus#problems(boolean)}), each with its versions. */
    private Health describe(MigrationStatus status) {
        Health.Builder builder = Health.up()
                .withDetail(
                        "currentVersion", (status.currentVersion() != null) ? status.currentVersion() : "<< empty >>")
                .withDetail("pending", status.toApply().size());
        List<MigrationProblem> problems = status.problems(this.pendingIsNotReady);
        for (MigrationProblem problem : problems) {
            builder.withDetail(problem.kind().key(), problem.subjects());
        }
        if (!problems.isEmpty()) {
            builder.status(NOT_READY)
                    .withDetail(
                            "reason",
                            String.join(
                                    "; ",
                                    problems.stream()
                                            .map(MigrationProblem::reason)
                                            .toList()));
        }
        return builder.build();
    }

    private record Snapshot(Health health, long readAt, long changes) {}
}
