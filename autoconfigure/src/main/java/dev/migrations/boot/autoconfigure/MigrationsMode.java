package dev.migrations.boot.autoconfigure;

import java.util.Locale;

/**
 * What the application does with its migrations at startup.
 *
 * @since 0.1.0
 */
public enum MigrationsMode {

    /** Apply every pending migration, then start the application. */
    MIGRATE,

    /** Only check that nothing is pending, failed, changed or out of order; fail the start otherwise. */
    VALIDATE,

    /** Apply every pending migration, log the result and exit with status 0 once the context is refreshed. */
    MIGRATE_AND_EXIT,

    /** Log where the schema stands (every migration with its state, like alembic history), then exit. */
    INFO,

    /**
     * Undo migrations, newest first: down to migrations.target when set, else migrations.downgrade-steps of them;
     * then exit.
     */
    DOWNGRADE,

    /** Record the schema as being at migrations.baseline-version without running anything, then exit. */
    BASELINE,

    /** Repair the history table (remove failed rows, record changed checksums), then exit like MIGRATE_AND_EXIT. */
    REPAIR,

    /** Run nothing at startup; the endpoint and the health indicator still work. */
    NONE;

    /** The value as written in {@code migrations.mode}, for example {@code migrate-and-exit}. */
    String propertyValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the application exits once the context is refreshed. */
    boolean exits() {
        return this == MIGRATE_AND_EXIT || this == INFO || this == DOWNGRADE || this == BASELINE || this == REPAIR;
    }

    /** Whether the startup work applies migrations. */
    boolean migrates() {
        return this == MIGRATE || this == MIGRATE_AND_EXIT;
    }
}
