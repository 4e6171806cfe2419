package dev.migrations.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A domain: a base type with an optional default, {@code NOT NULL} and check constraints.
 *
 * @param schema the domain's schema
 * @param name the domain's name
 * @param baseType the base type with its modifiers, for example {@code character varying(320)}
 * @param collation the collation when it is not the base type's default, or {@code null}
 * @param defaultExpression the default expression, or {@code null}
 * @param notNull whether {@code NULL} is refused
 * @param constraints check constraints by name (quoted where needed), each as {@code CHECK (...)}
 * @param comment the domain's comment, or {@code null}
 * @since 0.1.0
 */
public record Domain(
        String schema,
        String name,
        String baseType,
        @Nullable String collation,
        @Nullable String defaultExpression,
        boolean notNull,
        Map<String, String> constraints,
        @Nullable String comment) {

    public Domain {
        constraints = Collections.unmodifiableMap(new LinkedHashMap<>(constraints));
    }

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
