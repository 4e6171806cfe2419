package dev.migrations.schema;

import org.jspecify.annotations.Nullable;

/**
 * One column of a table as PostgreSQL's catalog describes it.
 *
 * @param name the column name
 * @param type the type with its modifiers, as {@code format_type} prints it (for example {@code character varying(320)})
 * @param notNull whether the column is {@code NOT NULL}
 * @param defaultExpression the default expression as {@code pg_get_expr} prints it, or {@code null}; for a generated
 *     column, {@code null} (see {@code generatedExpression})
 * @param identity {@code ALWAYS}, {@code BY DEFAULT}, or {@code null} for a column that is not an identity
 * @param generatedExpression the expression of a {@code GENERATED ALWAYS AS (...) STORED} column, or {@code null}
 * @param collation a collation other than the type's default, or {@code null}
 * @param comment the column's comment, or {@code null}
 * @since 0.1.0
 */
public record Column(
        String name,
        String type,
        boolean notNull,
        @Nullable String defaultExpression,
        @Nullable String identity,
        @Nullable String generatedExpression,
        @Nullable String collation,
        @Nullable String comment) {}
