package dev.migrations.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link SchemaSnapshot} reads.
 *
 * @param schemas the schemas to read; empty reads every schema except PostgreSQL's own ({@code pg_catalog},
 *     {@code information_schema}, {@code pg_toast}, temporary schemas) and those that extensions create
 * @param excludedTables table names (unqualified, in any schema) left out with their indexes, constraints and owned
 *     sequences: by default the engine's history table {@value #HISTORY_TABLE}, which exists where migrations ran but
 *     never in a desired schema
 * @since 0.1.0
 */
public record SnapshotOptions(Set<String> schemas, Set<String> excludedTables) {

    /** The engine's default history table, left out of snapshots by default. */
    public static final String HISTORY_TABLE = "migrations_history";

    public SnapshotOptions {
        schemas = Set.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    /** Every user schema, without the history table. */
    public static SnapshotOptions defaults() {
        return new SnapshotOptions(Set.of(), Set.of(HISTORY_TABLE));
    }

    /** These options reading only {@code names}. */
    public SnapshotOptions withSchemas(String... names) {
        return new SnapshotOptions(Set.of(names), excludedTables);
    }

    /** These options also leaving out the tables {@code names} (unqualified). */
    public SnapshotOptions excludingTables(String... names) {
        Set<String> all = new LinkedHashSet<>(excludedTables);
        all.addAll(List.of(names));
        return new SnapshotOptions(schemas, all);
    }
}
