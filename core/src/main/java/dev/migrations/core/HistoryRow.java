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
