package dev.migrations.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One migration as {@link Migrator#info()} sees it: what the locations hold merged with what the history table says.
 *
 * @param version the version, in canonical dotted form; {@code null} for a repeatable migration
 * @param description the description
 * @param type the kind of migration
 * @param script the file (for example {@code classpath:db/migrations/V1__init.sql}) or Java class
 * @param checksum the local checksum, or the recorded one when the migration is missing locally; {@code null} for
 *     Java migrations without a checksum and for baseline markers
 * @param state the state
 * @param installedBy who applied it, or {@code null} when not applied
 * @param installedOn when it was applied, or {@code null} when not applied
 * @param executionTimeMillis how long it took to apply, or {@code null} when not applied
 * @param reversible whether it has a down part
 * @since 0.1.0
 */
public record MigrationInfo(
        @Nullable String version,
        String description,
        MigrationType type,
        String script,
        @Nullable Integer checksum,
        MigrationState state,
        @Nullable String installedBy,
        @Nullable Instant installedOn,
        @Nullable Integer executionTimeMillis,
        boolean reversible) {

    /** Whether this is a repeatable ({@code R__}) migration, which has no version. */
    public boolean repeatable() {
        return version == null;
    }

    /** How logs and tags name it: its version, or {@code R:<description>} for a repeatable migration. */
    public String label() {
        return (version != null) ? version : "R:" + description;
    }
}
