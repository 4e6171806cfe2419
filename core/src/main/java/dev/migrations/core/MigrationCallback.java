package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Code run at the events of a migrate run, on the migration connection: the Java form of Flyway's SQL callbacks, and
 * the counterpart of Flyway's {@code Callback}. In Spring Boot, every bean of this type is registered. Callbacks run
 * in the order given, after the SQL callbacks of the same event. A callback that throws stops the run like a failed
 * migration (an {@link MigrationEvent#AFTER_MIGRATE_ERROR} callback's failure is logged instead, so that it does not
 * hide the first failure).
 *
 * <p>{@link MigrationListener} is the side-effect-free alternative for observing runs; a callback is for changing the
 * database (grants, refreshing materialized views, ...).
 *
 * @since 0.1.0
 */
public interface MigrationCallback {

    /** Whether this callback runs at {@code event}; all events by default. */
    default boolean supports(MigrationEvent event) {
        return true;
    }

    /**
     * Runs at {@code event}.
     *
     * @param event the event
     * @param connection the migration connection; inside the migration's transaction for
     *     {@link MigrationEvent#BEFORE_EACH_MIGRATE} and {@link MigrationEvent#AFTER_EACH_MIGRATE} of a transactional
     *     migration (do not commit it), in autocommit mode otherwise
     * @param migration the migration for the per-migration events, {@code null} for the others
     */
    void handle(MigrationEvent event, Connection connection, @Nullable MigrationInfo migration) throws SQLException;
}
