package dev.migrations.core;

import java.util.List;
import java.util.Set;

/**
 * Looks at the migrations a run is about to apply, after the lock is held and the history validated and before the
 * first one runs; throwing a {@link MigrationException} stops the run with nothing applied. The linter's startup check
 * ({@code migrations.lint}) is one. A start with nothing pending never calls it, so it costs nothing then.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PendingCheck {

    /**
     * Checks the pending migrations.
     *
     * @param scripts every local SQL migration, in version order, as {@link MigrationScripts} reads them (the applied
     *     ones tell what the schema holds)
     * @param pending the versions about to be applied
     * @param database the database product and version, such as {@code PostgreSQL 16.4}
     */
    void check(List<MigrationScript> scripts, Set<String> pending, String database);
}
