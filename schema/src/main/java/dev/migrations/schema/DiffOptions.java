package dev.migrations.schema;

/**
 * How {@link SchemaDiff} writes statements.
 *
 * @param concurrentIndexes whether indexes on tables that already exist are created and dropped
 *     {@code CONCURRENTLY}, so that writers are not blocked; the migration then runs without a transaction
 *     ({@code -- migrate:no-transaction})
 * @since 0.1.0
 */
public record DiffOptions(boolean concurrentIndexes) {

    /** Plain {@code CREATE INDEX} in a transaction. */
    public static DiffOptions defaults() {
        return new DiffOptions(false);
    }
}
