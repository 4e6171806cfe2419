package dev.migrations.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table with its columns (in the table's column order), constraints and indexes, each keyed by name.
 *
 * @param schema the table's schema
 * @param name the table's name
 * @param columns the columns by name, in column order
 * @param constraints primary key, unique, foreign key, check and exclusion constraints by name
 * @param indexes the indexes that back no constraint, by name
 * @param triggers the triggers by name
 * @param unlogged whether the table is {@code UNLOGGED}
 * @param comment the table's comment, or {@code null}
 * @since 0.1.0
 */
public record Table(
        String schema,
        String name,
        Map<String, Column> columns,
        Map<String, Constraint> constraints,
        Map<String, Index> indexes,
        Map<String, Trigger> triggers,
        boolean unlogged,
        @Nullable String comment) {

    public Table {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        constraints = Collections.unmodifiableMap(new LinkedHashMap<>(constraints));
        indexes = Collections.unmodifiableMap(new LinkedHashMap<>(indexes));
        triggers = Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
    }

    /** {@code schema.name}, each part quoted only when PostgreSQL needs it. */
    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
