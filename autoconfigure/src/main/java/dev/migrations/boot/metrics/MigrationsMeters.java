package dev.migrations.boot.metrics;

/**
 * Names of every meter and observation that migrations publish, and of their tags.
 *
 * <table>
 * <caption>Meters</caption>
 * <tr><th>Name</th><th>Type</th><th>Tags</th></tr>
 * <tr><td>{@value #MIGRATION_DURATION}</td><td>Timer</td><td>version, direction, outcome</td></tr>
 * <tr><td>{@value #APPLIED}</td><td>Gauge</td><td></td></tr>
 * <tr><td>{@value #PENDING}</td><td>Gauge</td><td></td></tr>
 * <tr><td>{@value #LOCK_WAIT}</td><td>Timer</td><td></td></tr>
 * <tr><td>{@value #OBSERVATION}</td><td>Observation</td><td>version, direction, outcome</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class MigrationsMeters {

    /** Timer: how long each migration took to apply or undo. */
    public static final String MIGRATION_DURATION = "migrations.migration.duration";

    /** Gauge: migrations recorded as applied, refreshed after each run. */
    public static final String APPLIED = "migrations.applied";

    /** Gauge: migrations waiting to be applied (out-of-order ones only when allowed), refreshed after each run. */
    public static final String PENDING = "migrations.pending";

    /** Timer: how long runs waited for the migration lock. */
    public static final String LOCK_WAIT = "migrations.lock.wait";

    /** Observation around each migration. */
    public static final String OBSERVATION = "migrations.migration";

    /** Tag: the migration version. */
    public static final String TAG_VERSION = "version";

    /** Tag: {@code up} or {@code down}. */
    public static final String TAG_DIRECTION = "direction";

    /** Tag: {@code success} or {@code failure}. */
    public static final String TAG_OUTCOME = "outcome";

    /** Value of {@link #TAG_OUTCOME} for a migration that committed. */
    public static final String SUCCESS = "success";

    /** Value of {@link #TAG_OUTCOME} for a migration that failed. */
    public static final String FAILURE = "failure";

    private MigrationsMeters() {}
}
