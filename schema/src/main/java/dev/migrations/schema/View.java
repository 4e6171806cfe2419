package dev.migrations.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A view or materialized view.
 *
 * @param schema the view's schema
 * @param name the view's name
 * @param materialized whether it is a materialized view
 * @param definition the query as {@code pg_get_viewdef} prints it (names schema-qualified)
 * @param comment the view's comment, or {@code null}
 * @param indexes the indexes of a materialized view, by name (empty for a view)
 * @since 0.1.0
 */
public record View(
        String schema,
        String name,
        boolean materialized,
        String definition,
        @Nullable String comment,
        Map<String, Index> indexes) {

    public View {
        indexes = Collections.unmodifiableMap(new LinkedHashMap<>(indexes));
    }

    /** Whether {@code other} has the same kind and query, so that it need not be recreated. */
    boolean sameQuery(@Nullable View other) {
        return other != null && materialized == other.materialized && definition.equals(other.definition);
    }

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
