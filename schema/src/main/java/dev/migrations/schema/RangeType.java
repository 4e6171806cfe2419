package dev.migrations.schema;

import org.jspecify.annotations.Nullable;

/**
 * A range type ({@code CREATE TYPE name AS RANGE (...)}).
 *
 * @param schema the type's schema
 * @param name the type's name
 * @param definition what goes between the parentheses: {@code SUBTYPE = ...} and the options that are not the
 *     defaults ({@code SUBTYPE_OPCLASS}, {@code COLLATION}, {@code CANONICAL}, {@code SUBTYPE_DIFF})
 * @param comment the type's comment, or {@code null}
 * @since 0.1.0
 */
public record RangeType(
        String schema,
        String name,
        String definition,
        @Nullable String comment) {

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
