package dev.migrations.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An enum type with its labels in their sort order.
 *
 * @param schema the type's schema
 * @param name the type's name
 * @param labels the labels in sort order
 * @param comment the type's comment, or {@code null}
 * @since 0.1.0
 */
public record EnumType(
        String schema,
        String name,
        List<String> labels,
        @Nullable String comment) {

    public EnumType {
        labels = List.copyOf(labels);
    }

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
