package dev.migrations.schema;

/**
 * A view or materialized view.
 *
 * @param schema the view's schema
 * @param name the view's name
 * @param materialized whether it is a materialized view
 * @param definition the query as {@code pg_get_viewdef} prints it (names schema-qualified)
 * @param comment the view's comment, or {@code null}
 * @since 0.1.0
 */
public record View(String schema, String name, boolean materialized, String definition, String comment) {

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
