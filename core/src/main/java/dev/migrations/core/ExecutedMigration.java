package dev.migrations.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A migration that a run applied or undid.
 *
 * @param version the version, or {@code null} for a repeatable migration
 * @param description the description
 * @param script the file or Java class
 * @param type the kind of migration
 * @param direction applied or undone
 * @param duration how long it took
 * @since 0.1.0
 */
public record ExecutedMigration(
        @Nullable String version,
        String description,
        String script,
        MigrationType type,
        Direction direction,
        Duration duration) {}
