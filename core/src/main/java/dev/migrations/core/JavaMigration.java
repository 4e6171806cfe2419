package dev.migrations.core;

import java.sql.Connection;
import org.jspecify.annotations.Nullable;

/**
 * A migration written in Java, for changes SQL cannot express well (data transformations, calls to other systems).
 * Give instances to {@link MigrationsConfig.Builder#javaMigrations}. The connection passed in is inside the
 * migration's transaction (unless {@link #transactional()} is false): do not commit, roll back or close it.
 *
 * @since 0.1.0
 */
public interface JavaMigration {

    /** The version, in the same format as file names ({@code "3"}, {@code "3.1"}, {@code "20261124093000"}). */
    String version();

    /** The description; by default the class's simple name. */
    default String description() {
        return getClass().getSimpleName();
    }

    /** Applies the change. */
    void up(Connection connection) throws Exception;

    /** Whether {@link #down(Connection)} is implemented. */
    default boolean reversible() {
        return false;
    }

    /** Undoes the change; only called when {@link #reversible()} returns true. */
    default void down(Connection connection) throws Exception {
        throw new UnsupportedOperationException(getClass().getName() + " has no down migration");
    }

    /** Whether the migration runs inside a transaction together with its history row. */
    default boolean transactional() {
        return true;
    }

    /** A checksum recorded in the history, so that a change to the migration can be detected; {@code null} if none. */
    default @Nullable Integer checksum() {
        return null;
    }
}
