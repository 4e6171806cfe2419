package dev.migrations.schema;

import org.jspecify.annotations.Nullable;

/**
 * An index that does not back a constraint (the indexes of primary keys, unique and exclusion constraints belong to
 * their {@link Constraint}).
 *
 * @param name the index name (unqualified; an index lives in its table's schema)
 * @param definition the full {@code CREATE [UNIQUE] INDEX} statement as {@code pg_get_indexdef} prints it: method,
 *     expressions, {@code INCLUDE} columns and the {@code WHERE} predicate of a partial index
 * @param unique whether the index is unique
 * @param comment the index's comment, or {@code null}
 * @since 0.1.0
 */
public record Index(
        String name,
        String definition,
        boolean unique,
        @Nullable String comment) {

    /** The definition without the index name, so that two indexes of the same shape compare equal. */
    public String shape() {
        int on = definition.indexOf(" ON ");
        int index = definition.indexOf("INDEX ");
        return (on < 0 || index < 0) ? definition : definition.substring(0, index + 6) + definition.substring(on + 1);
    }
}
