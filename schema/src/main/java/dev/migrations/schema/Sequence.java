package dev.migrations.schema;

import org.jspecify.annotations.Nullable;

/**
 * A sequence that is not an identity column's own (those are part of the {@link Column}).
 *
 * @param schema the sequence's schema
 * @param name the sequence's name
 * @param type its data type ({@code smallint}, {@code integer} or {@code bigint})
 * @param start the start value
 * @param increment the increment
 * @param min the minimum value
 * @param max the maximum value
 * @param cache how many values are preallocated
 * @param cycle whether it wraps around
 * @param ownedBy the qualified {@code schema.table.column} that owns it ({@code serial} or {@code OWNED BY}), or
 *     {@code null}
 * @param comment the sequence's comment, or {@code null}
 * @since 0.1.0
 */
public record Sequence(
        String schema,
        String name,
        String type,
        long start,
        long increment,
        long min,
        long max,
        long cache,
        boolean cycle,
        @Nullable String ownedBy,
        @Nullable String comment) {

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
