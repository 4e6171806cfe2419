package dev.migrations.core;

import java.time.Instant;

/**
 * One row of the history table. {@code version} is null for rows the engine does not interpret (Flyway's repeatable
 * migrations and schema markers).
 */
record HistoryRow(
        int rank,
        Version version,
        String description,
        String type,
        String script,
        Integer checksum,
        String installedBy,
        Instant installedOn,
        int executionTime,
        boolean success) {

    /**
     * Whether the engine interprets this row: versioned SQL, Java and baseline rows. Others, such as Flyway's
     * {@code SCHEMA} marker or its repeatable migrations (no version), are kept but not judged.
     */
    boolean isMigration() {
        return version != null
                && ("SQL".equals(type) || "JDBC".equals(type) || "BASELINE".equals(type) || "JAVA".equals(type));
    }

    /** A Flyway repeatable migration's row: no version, and a migration type ({@code SQL}, or {@code JDBC}). */
    boolean isRepeatable() {
        return version == null && ("SQL".equals(type) || "JDBC".equals(type));
    }

    boolean isBaseline() {
        return MigrationType.BASELINE.name().equals(type);
    }

    MigrationType migrationType() {
        try {
            return MigrationType.valueOf(type);
        } catch (IllegalArgumentException ex) {
            return MigrationType.SQL;
        }
    }
}
