package dev.migrations.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a PostgreSQL database's catalog says about its schema at one moment: schemas, extensions, enum, composite and
 * range types, domains, sequences, tables (columns, constraints, indexes, triggers), views, functions and comments. Every map is keyed by the object's qualified
 * name ({@code schema.name}, quoted only where PostgreSQL needs it; extensions and schemas by their plain name) and is
 * ordered by name, so two snapshots of equal schemas are {@code equal}.
 *
 * <p>Names inside definitions (types, defaults, index and constraint definitions, view queries) are always
 * schema-qualified: the snapshot is read with an empty {@code search_path}. Column order is recorded but not compared.
 *
 * @param schemas the schemas with their comments (comment {@code null} when there is none)
 * @param extensions installed extensions by name
 * @param enums enum types
 * @param composites composite types (not the row types of tables), in creation order
 * @param domains domains, in creation order
 * @param ranges range types, in creation order
 * @param sequences sequences that are not an identity column's own
 * @param tables ordinary and partitioned tables
 * @param views views and materialized views
 * @param functions functions and procedures by {@link Function#signature()}
 * @since 0.1.0
 */
public record SchemaSnapshot(
        Map<String, String> schemas,
        Map<String, Extension> extensions,
        Map<String, EnumType> enums,
        Map<String, CompositeType> composites,
        Map<String, Domain> domains,
        Map<String, RangeType> ranges,
        Map<String, Sequence> sequences,
        Map<String, Table> tables,
        Map<String, View> views,
        Map<String, Function> functions) {

    public SchemaSnapshot {
        schemas = copy(schemas);
        extensions = copy(extensions);
        enums = copy(enums);
        composites = copy(composites);
        domains = copy(domains);
        ranges = copy(ranges);
        sequences = copy(sequences);
        tables = copy(tables);
        views = copy(views);
        functions = copy(functions);
    }

    /** Reads the schema of the database {@code connection} is connected to, with {@link SnapshotOptions#defaults()}. */
    public static SchemaSnapshot read(Connection connection) throws SQLException {
        return read(connection, SnapshotOptions.defaults());
    }

    /**
     * Reads the schema of the database {@code connection} is connected to. Reads in one read-only transaction that is
     * rolled back; the connection's auto-commit setting is restored.
     */
    public static SchemaSnapshot read(Connection connection, SnapshotOptions options) throws SQLException {
        return new CatalogReader(connection, options).read();
    }

    /** Reads the schema of the database behind {@code dataSource}, with {@link SnapshotOptions#defaults()}. */
    public static SchemaSnapshot read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        }
    }

    /**
     * Compares this snapshot, taken as what is expected, with {@code actual}.
     *
     * @see SchemaComparison#of(SchemaSnapshot, SchemaSnapshot)
     */
    public SchemaComparison compareWith(SchemaSnapshot actual) {
        return SchemaComparison.of(this, actual);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
