package dev.migrations.schema;

import org.jspecify.annotations.Nullable;

/**
 * A trigger of a table, not one PostgreSQL creates itself for a foreign key.
 *
 * @param name the trigger's name
 * @param definition the {@code CREATE TRIGGER} statement as {@code pg_get_triggerdef} prints it
 * @param comment the comment, or {@code null}
 * @since 0.1.0
 */
public record Trigger(
        String name, String definition, @Nullable String comment) {}
