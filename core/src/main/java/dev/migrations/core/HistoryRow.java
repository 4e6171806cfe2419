package dev.migrations.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table. {@code version} is null for rows the engine does not interpret (Flyway's repeatable
 * migrations and schema markers). A read of only what deciding needs leaves {@code description} out (null) for
 * versioned rows, and {@code installedBy} and {@code installedOn} out for all rows.
 */
record HistoryRow(
        int rank,
        @Nullable Version version,
        @Nullable String description,
        String type,
        String script,
        @Nullable Integer checksum,
        @Nullable String installedBy,
        @Nullable Instant installedOn,
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

    /** The version of a row that {@link #isMigration() is a migration}, which always has one. */
    Version migrationVersion() {
        Version known = version;
        if (known == null) {
            throw new IllegalStateException("history row " + rank + " has no version");
        }
        return known;
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
