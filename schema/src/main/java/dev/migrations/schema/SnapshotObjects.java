package dev.migrations.schema;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot flattened into named objects, each with the attributes that are compared: the one place that decides
 * what "equal schemas" means.
 */
final class SnapshotObjects {

    /** The attribute that names the table a column, constraint or index belongs to. */
    static final String TABLE = "table";

    private final SortedMap<String, SortedMap<String, String>> objects = new TreeMap<>();

    private SnapshotObjects() {}

    static SortedMap<String, SortedMap<String, String>> of(SchemaSnapshot snapshot) {
        SnapshotObjects result = new SnapshotObjects();
        snapshot.schemas().forEach((name, comment) -> result.add("schema " + Names.quote(name), "comment", comment));
        // versions differ between servers; which extensions exist and where is the schema's business
        snapshot.extensions().values().forEach(x -> result.add("extension " + x.name(), "schema", x.schema()));
        snapshot.enums().values().forEach(result::add);
        snapshot.composites()
                .values()
                .forEach(t -> result.add(
                        "composite type " + t.qualifiedName(),
                        "attributes",
                        t.attributeList(),
                        "comment",
                        t.comment()));
        snapshot.domains().values().forEach(result::add);
        snapshot.ranges()
                .values()
                .forEach(r -> result.add(
                        "range type " + r.qualifiedName(), "definition", r.definition(), "comment", r.comment()));
        snapshot.sequences().values().forEach(result::add);
        snapshot.tables().values().forEach(result::add);
        snapshot.tables().values().forEach(result::addTriggers);
        snapshot.views().values().forEach(result::add);
        snapshot.functions()
                .values()
                .forEach(f -> result.add(
                        (f.procedure() ? "procedure " : "function ") + f.signature(),
                        "definition",
                        f.definition(),
                        "comment",
                        f.comment()));
        return result.objects;
    }

    private SortedMap<String, String> add(String key, @Nullable String... pairs) {
        SortedMap<String, String> attributes = objects.computeIfAbsent(key, k -> new TreeMap<>());
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        return attributes;
    }

    private void add(EnumType type) {
        add("enum " + type.qualifiedName(), "labels", labels(type), "comment", type.comment());
    }

    private void add(Domain d) {
        add(
                "domain " + d.qualifiedName(),
                "type",
                d.baseType(),
                "collation",
                d.collation(),
                "default",
                d.defaultExpression(),
                "not null",
                Boolean.toString(d.notNull()),
                // one attribute, so that a constraint only one side has is a difference too
                "constraints",
                d.constraints().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                "comment",
                d.comment());
    }

    private static String labels(EnumType type) {
        return type.labels().stream().map(l -> "'" + l.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }

    private void add(Sequence s) {
        add(
                "sequence " + s.qualifiedName(),
                "type",
                s.type(),
                "start",
                Long.toString(s.start()),
                "increment",
                Long.toString(s.increment()),
                "minvalue",
                Long.toString(s.min()),
                "maxvalue",
                Long.toString(s.max()),
                "cache",
                Long.toString(s.cache()),
                "cycle",
                Boolean.toString(s.cycle()),
                "owned by",
                s.ownedBy(),
                "comment",
                s.comment());
    }

    private void add(Table table) {
        String name = table.qualifiedName();
        add("table " + name, "unlogged", Boolean.toString(table.unlogged()), "comment", table.comment());
        for (Column c : table.columns().values()) {
            add(
                    "column " + name + "." + Names.quote(c.name()),
                    TABLE,
                    "table " + name,
                    "type",
                    c.type(),
                    "not null",
                    Boolean.toString(c.notNull()),
                    "default",
                    c.defaultExpression(),
                    "identity",
                    c.identity(),
                    "generated",
                    c.generatedExpression(),
                    "collation",
                    c.collation(),
                    "comment",
                    c.comment());
        }
        for (Constraint c : table.constraints().values()) {
            add(
                    "constraint " + name + "." + Names.quote(c.name()),
                    TABLE,
                    "table " + name,
                    "definition",
                    c.definition(),
                    "comment",
                    c.comment());
        }
        for (Index i : table.indexes().values()) {
            add(
                    "index " + Names.qualified(table.schema(), i.name()),
                    TABLE,
                    "table " + name,
                    "definition",
                    i.definition(),
                    "comment",
                    i.comment());
        }
    }

    private void addTriggers(Table table) {
        for (Trigger t : table.triggers().values()) {
            add(
                    "trigger " + table.qualifiedName() + "." + Names.quote(t.name()),
                    TABLE,
                    "table " + table.qualifiedName(),
                    "definition",
                    t.definition(),
                    "comment",
                    t.comment());
        }
    }

    private void add(View view) {
        String key = (view.materialized() ? "materialized view " : "view ") + view.qualifiedName();
        add(key, "definition", view.definition(), "comment", view.comment());
        for (Index i : view.indexes().values()) {
            add(
                    "index " + Names.qualified(view.schema(), i.name()),
                    TABLE,
                    key,
                    "definition",
                    i.definition(),
                    "comment",
                    i.comment());
        }
    }
}
