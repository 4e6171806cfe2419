package dev.migrations.core;

/**
 * Kind of a migration, as written to the history table's {@code type} column. The values match Flyway's so that a
 * Flyway history table can be read unchanged.
 *
 * @since 0.1.0
 */
public enum MigrationType {

    /** A versioned SQL file. */
    SQL,

    /** A {@link JavaMigration}. */
    JDBC,

    /** A baseline marker: the schema was declared to be at this version without running anything. */
    BASELINE
}
