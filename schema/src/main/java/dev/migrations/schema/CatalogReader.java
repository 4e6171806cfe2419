package dev.migrations.schema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link SchemaSnapshot} with one query per object kind (a 300-table schema costs a dozen round trips), in a
 * read-only transaction with {@code search_path} emptied so that every name the catalog functions print is qualified.
 */
final class CatalogReader {

    /** Schemas of PostgreSQL itself and of extensions; {@code ?} is the array of schemas asked for (may be empty). */
    private static final String SCHEMA_FILTER = " n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
            + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'"
            + " AND (cardinality(?::text[]) = 0 OR n.nspname = ANY (?::text[]))"
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass"
            + " AND e.objid = n.oid AND e.deptype = 'e')";

    /** Objects that an extension created belong to the extension, not to the schema. */
    private static String notInExtension(String catalog, String oid) {
        return " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass"
                + " AND e.objid = " + oid + " AND e.deptype = 'e')";
    }

    private static final String SCHEMAS = "SELECT n.nspname, obj_description(n.oid, 'pg_namespace')"
            + " FROM pg_namespace n WHERE" + SCHEMA_FILTER + " ORDER BY 1";

    private static final String EXTENSIONS = "SELECT x.extname, n.nspname, x.extversion FROM pg_extension x"
            + " JOIN pg_namespace n ON n.oid = x.extnamespace ORDER BY 1";

    private static final String ENUMS = "SELECT n.nspname, t.typname,"
            + " array_agg(e.enumlabel ORDER BY e.enumsortorder), obj_description(t.oid, 'pg_type')"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid"
            + " WHERE" + SCHEMA_FILTER + notInExtension("pg_type", "t.oid")
            + " GROUP BY n.nspname, t.typname, t.oid ORDER BY 1, 2";

    /** Composite types of their own (relkind 'c'), not tables' row types; in creation order. */
    private static final String COMPOSITES = "SELECT n.nspname, t.typname, obj_description(t.oid, 'pg_type'),"
            + " array_agg(quote_ident(a.attname) ORDER BY a.attnum) FILTER (WHERE a.attname IS NOT NULL),"
            + " array_agg(format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attcollation <> at.typcollation"
            + " THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END ORDER BY a.attnum)"
            + " FILTER (WHERE a.attname IS NOT NULL)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'"
            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " LEFT JOIN pg_type at ON at.oid = a.atttypid LEFT JOIN pg_collation co ON co.oid = a.attcollation"
            + " WHERE t.typtype = 'c' AND" + SCHEMA_FILTER + notInExtension("pg_type", "t.oid")
            + " GROUP BY n.nspname, t.typname, t.oid ORDER BY t.oid";

    private static final String DOMAINS = "SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),"
            + " CASE WHEN t.typcollation <> b.typcollation THEN quote_ident(co.collname) END,"
            + " pg_get_expr(t.typdefaultbin, 0), t.typnotnull, obj_description(t.oid, 'pg_type'),"
            + " ARRAY(SELECT quote_ident(c.conname) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'"
            + " ORDER BY c.conname),"
            + " ARRAY(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.contypid = t.oid"
            + " AND c.contype = 'c' ORDER BY c.conname)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_type b ON b.oid = t.typbasetype"
            + " LEFT JOIN pg_collation co ON co.oid = t.typcollation"
            + " WHERE t.typtype = 'd' AND" + SCHEMA_FILTER + notInExtension("pg_type", "t.oid") + " ORDER BY t.oid";

    /** The options that are not the defaults, as CREATE TYPE ... AS RANGE takes them. */
    private static final String RANGES = "SELECT n.nspname, t.typname, 'SUBTYPE = ' || format_type(r.rngsubtype, NULL)"
            + " || CASE WHEN NOT oc.opcdefault THEN ', SUBTYPE_OPCLASS = ' || quote_ident(ocn.nspname) || '.'"
            + " || quote_ident(oc.opcname) ELSE '' END"
            + " || CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> s.typcollation"
            + " THEN ', COLLATION = ' || quote_ident(co.collname) ELSE '' END"
            + " || CASE WHEN r.rngcanonical <> 0 THEN ', CANONICAL = ' || r.rngcanonical::regproc::text ELSE '' END"
            + " || CASE WHEN r.rngsubdiff <> 0 THEN ', SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text ELSE '' END,"
            + " obj_description(t.oid, 'pg_type')"
            + " FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " JOIN pg_type s ON s.oid = r.rngsubtype JOIN pg_opclass oc ON oc.oid = r.rngsubopc"
            + " JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace LEFT JOIN pg_collation co ON co.oid = r.rngcollation"
            + " WHERE" + SCHEMA_FILTER + notInExtension("pg_type", "t.oid") + " ORDER BY t.oid";

    private static final String TABLES = "SELECT c.oid, n.nspname, c.relname, c.relpersistence = 'u',"
            + " obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND" + SCHEMA_FILTER
            + notInExtension("pg_class", "c.oid") + " ORDER BY 2, 3";

    private static final String COLUMNS = "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
            + " CASE WHEN a.attcollation <> t.typcollation THEN quote_ident(co.collname) END,"
            + " col_description(a.attrelid, a.attnum)"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " LEFT JOIN pg_collation co ON co.oid = a.attcollation"
            + " WHERE a.attrelid = ANY (?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum";

    private static final String CONSTRAINTS = "SELECT c.conrelid, c.conname, c.contype,"
            + " pg_get_constraintdef(c.oid), c.confrelid::regclass::text,"
            + " ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(num, pos)"
            + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num ORDER BY k.pos),"
            + " obj_description(c.oid, 'pg_constraint')"
            + " FROM pg_constraint c WHERE c.conrelid = ANY (?::oid[]) AND c.contype IN ('p', 'u', 'f', 'c', 'x')"
            + " ORDER BY 1, 2";

    private static final String INDEXES = "SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid),"
            + " i.indisunique, obj_description(ic.oid, 'pg_class')"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = ANY (?::oid[])"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
            + " AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')) ORDER BY 1, 2";

    /** Identity sequences (dependency 'i') belong to their column; serial and OWNED BY ones ('a') are listed. */
    private static final String SEQUENCES = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL),"
            + " s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,"
            + " (SELECT quote_ident(tn.nspname) || '.' || quote_ident(t.relname) || '.' || quote_ident(a.attname)"
            + " FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace"
            + " JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
            + " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass"
            + " AND d.deptype = 'a' LIMIT 1),"
            + " (SELECT t.relname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid"
            + " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass"
            + " AND d.deptype = 'a' LIMIT 1),"
            + " obj_description(c.oid, 'pg_class')"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE" + SCHEMA_FILTER + notInExtension("pg_class", "c.oid")
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
            + " AND d.objid = c.oid AND d.deptype = 'i') ORDER BY 1, 2";

    private static final String VIEWS = "SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid),"
            + " obj_description(c.oid, 'pg_class'), c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('v', 'm') AND" + SCHEMA_FILTER + notInExtension("pg_class", "c.oid")
            + " ORDER BY c.oid";

    private static final String FUNCTIONS = "SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),"
            + " p.prokind = 'p', pg_get_functiondef(p.oid), obj_description(p.oid, 'pg_proc'),"
            + " pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), oidvectortypes(p.proargtypes)"
            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND"
            + SCHEMA_FILTER + notInExtension("pg_proc", "p.oid")
            // a range type's constructors belong to the type
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid"
            + " AND d.deptype = 'i')"
            + " ORDER BY 1, 2, 3";

    private static final String TRIGGERS = "SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid),"
            + " obj_description(t.oid, 'pg_trigger') FROM pg_trigger t"
            + " WHERE t.tgrelid = ANY (?::oid[]) AND NOT t.tgisinternal ORDER BY 1, 2";

    private final Connection connection;

    private final SnapshotOptions options;

    CatalogReader(Connection connection, SnapshotOptions options) {
        this.connection = connection;
        this.options = options;
    }

    SchemaSnapshot read() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                // qualified names everywhere, whatever the caller's search_path; undone by the rollback below
                statement.execute("SET TRANSACTION READ ONLY");
                statement.execute("SET LOCAL search_path = ''");
            }
            return readAll();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private SchemaSnapshot readAll() throws SQLException {
        Map<String, String> schemas = new TreeMap<>();
        query(SCHEMAS, true, rs -> schemas.put(rs.getString(1), rs.getString(2)));
        Map<String, Extension> extensions = new TreeMap<>();
        query(
                EXTENSIONS,
                false,
                rs -> extensions.put(
                        rs.getString(1), new Extension(rs.getString(1), rs.getString(2), rs.getString(3))));
        Map<String, EnumType> enums = new TreeMap<>();
        query(ENUMS, true, rs -> {
            EnumType type = new EnumType(rs.getString(1), rs.getString(2), strings(rs.getArray(3)), rs.getString(4));
            enums.put(type.qualifiedName(), type);
        });
        Map<String, Sequence> sequences = new TreeMap<>();
        query(SEQUENCES, true, rs -> {
            if (rs.getString(11) == null || !options.excludedTables().contains(rs.getString(11))) {
                Sequence sequence = new Sequence(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getBoolean(9),
                        rs.getString(10),
                        rs.getString(12));
                sequences.put(sequence.qualifiedName(), sequence);
            }
        });
        Map<String, View> views = readViews();
        Map<String, Function> functions = new TreeMap<>();
        query(FUNCTIONS, true, rs -> {
            Function function = new Function(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getString(5).strip(),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9));
            functions.put(function.signature(), function);
        });
        Map<String, CompositeType> composites = new LinkedHashMap<>();
        query(COMPOSITES, true, rs -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            List<String> names = strings(rs.getArray(4));
            List<String> types = strings(rs.getArray(5));
            for (int i = 0; i < names.size(); i++) {
                attributes.put(names.get(i), types.get(i));
            }
            CompositeType type = new CompositeType(rs.getString(1), rs.getString(2), attributes, rs.getString(3));
            composites.put(type.qualifiedName(), type);
        });
        Map<String, Domain> domains = new LinkedHashMap<>();
        query(DOMAINS, true, rs -> {
            Map<String, String> constraints = new LinkedHashMap<>();
            List<String> names = strings(rs.getArray(8));
            List<String> definitions = strings(rs.getArray(9));
            for (int i = 0; i < names.size(); i++) {
                constraints.put(names.get(i), definitions.get(i));
            }
            Domain domain = new Domain(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    constraints,
                    rs.getString(7));
            domains.put(domain.qualifiedName(), domain);
        });
        Map<String, RangeType> ranges = new LinkedHashMap<>();
        query(RANGES, true, rs -> {
            RangeType range = new RangeType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            ranges.put(range.qualifiedName(), range);
        });
        return new SchemaSnapshot(
                schemas, extensions, enums, composites, domains, ranges, sequences, readTables(), views, functions);
    }

    private Map<String, View> readViews() throws SQLException {
        Map<Long, String[]> byOid = new LinkedHashMap<>(); // creation order, which respects their dependencies
        Map<Long, Map<String, Index>> indexes = new LinkedHashMap<>();
        query(VIEWS, true, rs -> {
            byOid.put(rs.getLong(6), new String[] {
                rs.getString(1), rs.getString(2), Boolean.toString(rs.getBoolean(3)), rs.getString(4), rs.getString(5)
            });
            indexes.put(rs.getLong(6), new TreeMap<>());
        });
        // materialized views have indexes, which go with them when they are recreated
        forTables(INDEXES, byOid.keySet().toArray(Long[]::new), rs -> {
            Index index = new Index(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5));
            known(indexes, rs.getLong(1)).put(index.name(), index);
        });
        Map<String, View> views = new LinkedHashMap<>();
        byOid.forEach((oid, row) -> {
            View view = new View(row[0], row[1], Boolean.parseBoolean(row[2]), row[3], row[4], known(indexes, oid));
            views.put(view.qualifiedName(), view);
        });
        return views;
    }

    private Map<String, Table> readTables() throws SQLException {
        Map<Long, TableBuilder> byOid = new LinkedHashMap<>();
        query(TABLES, true, rs -> {
            if (!options.excludedTables().contains(rs.getString(3))) {
                byOid.put(
                        rs.getLong(1),
                        new TableBuilder(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)));
            }
        });
        Long[] oids = byOid.keySet().toArray(Long[]::new);
        forTables(COLUMNS, oids, rs -> {
            Column column = new Column(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    "s".equals(rs.getString(7)) ? null : rs.getString(5),
                    identity(rs.getString(6)),
                    "s".equals(rs.getString(7)) ? rs.getString(5) : null,
                    rs.getString(8),
                    rs.getString(9));
            known(byOid, rs.getLong(1)).columns.put(column.name(), column);
        });
        forTables(CONSTRAINTS, oids, rs -> {
            Constraint constraint = new Constraint(
                    rs.getString(2),
                    Constraint.Kind.of(rs.getString(3)),
                    rs.getString(4),
                    strings(rs.getArray(6)),
                    "-".equals(rs.getString(5)) ? null : rs.getString(5),
                    rs.getString(7));
            known(byOid, rs.getLong(1)).constraints.put(constraint.name(), constraint);
        });
        forTables(INDEXES, oids, rs -> {
            Index index = new Index(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5));
            known(byOid, rs.getLong(1)).indexes.put(index.name(), index);
        });
        forTables(TRIGGERS, oids, rs -> {
            Trigger trigger = new Trigger(rs.getString(2), rs.getString(3), rs.getString(4));
            known(byOid, rs.getLong(1)).triggers.put(trigger.name(), trigger);
        });
        Map<String, Table> tables = new TreeMap<>();
        for (TableBuilder builder : byOid.values()) {
            Table table = builder.build();
            tables.put(table.qualifiedName(), table);
        }
        return tables;
    }

    /** The entry of a relation the query was asked about: a catalog row names only those. */
    private static <T> T known(Map<Long, T> byOid, long oid) {
        T value = byOid.get(oid);
        if (value == null) {
            throw new IllegalStateException("The catalog answered for relation " + oid + ", which was not asked for");
        }
        return value;
    }

    private static @Nullable String identity(String attidentity) {
        return switch (attidentity) {
            case "a" -> "ALWAYS";
            case "d" -> "BY DEFAULT";
            default -> null;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private void query(String sql, boolean schemaFilter, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (schemaFilter) {
                Array schemas =
                        connection.createArrayOf("text", options.schemas().toArray());
                statement.setArray(1, schemas);
                statement.setArray(2, schemas);
            }
            run(statement, handler);
        }
    }

    private void forTables(String sql, Long[] oids, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("oid", oids));
            run(statement, handler);
        }
    }

    private static void run(PreparedStatement statement, RowHandler handler) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static final class TableBuilder {
        final String schema;
        final String name;
        final boolean unlogged;
        final String comment;
        final Map<String, Column> columns = new LinkedHashMap<>();
        final Map<String, Constraint> constraints = new TreeMap<>();
        final Map<String, Index> indexes = new TreeMap<>();
        final Map<String, Trigger> triggers = new TreeMap<>();

        TableBuilder(String schema, String name, boolean unlogged, String comment) {
            this.schema = schema;
            this.name = name;
            this.unlogged = unlogged;
            this.comment = comment;
        }

        Table build() {
            return new Table(schema, name, columns, constraints, indexes, triggers, unlogged, comment);
        }
    }
}
