package dev.migrations.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A composite type ({@code CREATE TYPE name AS (...)}) that is not a table's row type.
 *
 * @param schema the type's schema
 * @param name the type's name
 * @param attributes the attributes in their order: name (quoted where needed) to type, with {@code COLLATE} when it
 *     is not the type's default
 * @param comment the type's comment, or {@code null}
 * @since 0.1.0
 */
public record CompositeType(
        String schema,
        String name,
        Map<String, String> attributes,
        @Nullable String comment) {

    public CompositeType {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }

    /** The attribute list as {@code CREATE TYPE} takes it, for example {@code major integer, minor integer}. */
    public String attributeList() {
        StringBuilder list = new StringBuilder();
        attributes.forEach((attribute, type) -> {
            if (!list.isEmpty()) {
                list.append(", ");
            }
            list.append(attribute).append(' ').append(type);
        });
        return list.toString();
    }
}
