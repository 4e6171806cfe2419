package dev.migrations.schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The statements that turn one snapshot into another, in one direction. Each object kind is compared by name; every
 * statement goes into its {@link Phase}, and the phases are concatenated in order at the end.
 */
final class DdlPlanner {

    final SchemaSnapshot from;

    final SchemaSnapshot to;

    final DiffOptions options;

    private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);

    final Set<String> notes = new LinkedHashSet<>();

    /** Qualified {@code table.column} names that disappear with their sequences (serial, OWNED BY). */
    final Set<String> droppedColumns = new HashSet<>();

    /** Set when a column changes type or goes away, which views over it would block. */
    boolean viewsBlocked;

    /** Set when a statement cannot run in a transaction, or a later one needs an earlier one committed. */
    boolean noTransaction;

    DdlPlanner(SchemaSnapshot from, SchemaSnapshot to, DiffOptions options) {
        this.from = from;
        this.to = to;
        this.options = options;
    }

    List<Change> plan() {
        schemas();
        extensions();
        new EnumChanges(this).plan();
        tables();
        sequences();
        views();
        List<Change> all = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            all.addAll(phases.getOrDefault(phase, List.of()));
        }
        return all;
    }

    void add(Phase phase, Change change) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(change);
    }

    void comment(String target, String description, String before, String after) {
        if (!Objects.equals(before, after)) {
            add(
                    Phase.COMMENTS,
                    Change.of(
                            "comment on " + description,
                            "COMMENT ON " + target + " IS " + (after == null ? "NULL" : Ddl.literal(after))));
        }
    }

    private void schemas() {
        to.schemas().forEach((name, comment) -> {
            String quoted = Names.quote(name);
            if (!from.schemas().containsKey(name)) {
                add(Phase.CREATE_SCHEMAS, Change.of("create schema " + quoted, "CREATE SCHEMA " + quoted));
                comment("SCHEMA " + quoted, "schema " + quoted, null, comment);
            } else {
                comment("SCHEMA " + quoted, "schema " + quoted, from.schemas().get(name), comment);
            }
        });
        for (String name : from.schemas().keySet()) {
            if (!to.schemas().containsKey(name)) {
                String quoted = Names.quote(name);
                add(Phase.DROP_SCHEMAS, Change.of("drop schema " + quoted, "DROP SCHEMA " + quoted));
            }
        }
    }

    private void extensions() {
        for (Extension x : to.extensions().values()) {
            Extension old = from.extensions().get(x.name());
            String name = Names.quote(x.name());
            if (old == null) {
                add(
                        Phase.CREATE_EXTENSIONS,
                        Change.of(
                                "create extension " + x.name(),
                                "CREATE EXTENSION IF NOT EXISTS " + name + " SCHEMA " + Names.quote(x.schema())));
            } else if (!old.schema().equals(x.schema())) {
                add(
                        Phase.CREATE_EXTENSIONS,
                        Change.of(
                                "move extension " + x.name() + " to schema " + x.schema(),
                                "ALTER EXTENSION " + name + " SET SCHEMA " + Names.quote(x.schema())));
            }
        }
        for (Extension x : from.extensions().values()) {
            if (!to.extensions().containsKey(x.name())) {
                add(
                        Phase.DROP_EXTENSIONS,
                        Change.of("drop extension " + x.name(), "DROP EXTENSION " + Names.quote(x.name())));
            }
        }
    }

    private void tables() {
        Set<String> dropped = new HashSet<>(from.tables().keySet());
        dropped.removeAll(to.tables().keySet());
        for (Table table : to.tables().values()) {
            Table old = from.tables().get(table.qualifiedName());
            if (old == null) {
                createTable(table);
            } else {
                new TableChanges(this, old, table).plan();
            }
        }
        for (String name : dropped) {
            Table table = from.tables().get(name);
            for (Constraint fk : table.constraints().values()) {
                // a foreign key between two dropped tables would block the drop of the one it points at
                if (fk.kind() == Constraint.Kind.FOREIGN_KEY
                        && dropped.contains(fk.referencedTable())
                        && !fk.referencedTable().equals(name)) {
                    add(Phase.DROP_FOREIGN_KEYS, TableChanges.dropConstraint(table, fk));
                }
            }
            add(Phase.DROP_TABLES, Change.destructive("drop table " + name + " and its data", "DROP TABLE " + name));
            table.columns().keySet().forEach(c -> droppedColumns.add(name + "." + Names.quote(c)));
        }
    }

    private void createTable(Table table) {
        String name = table.qualifiedName();
        add(Phase.CREATE_TABLES, Change.of("create table " + name, Ddl.createTable(table)));
        for (Constraint c : table.constraints().values()) {
            add(
                    c.kind() == Constraint.Kind.FOREIGN_KEY ? Phase.ADD_FOREIGN_KEYS : Phase.ADD_CONSTRAINTS,
                    TableChanges.addConstraint(table, c));
            comment(
                    "CONSTRAINT " + Names.quote(c.name()) + " ON " + name,
                    "constraint " + c.name() + " on " + name,
                    null,
                    c.comment());
        }
        for (Index index : table.indexes().values()) {
            add(
                    Phase.ADD_CONSTRAINTS,
                    Change.of("create index " + index.name() + " on " + name, Ddl.createIndex(index, false)));
            comment(
                    "INDEX " + Names.qualified(table.schema(), index.name()),
                    "index " + index.name(),
                    null,
                    index.comment());
        }
        comment("TABLE " + name, "table " + name, null, table.comment());
        for (Column c : table.columns().values()) {
            comment(
                    "COLUMN " + name + "." + Names.quote(c.name()),
                    "column " + name + "." + c.name(),
                    null,
                    c.comment());
        }
    }

    private void sequences() {
        for (Sequence s : to.sequences().values()) {
            Sequence old = from.sequences().get(s.qualifiedName());
            String name = s.qualifiedName();
            if (old == null) {
                add(Phase.CREATE_SEQUENCES, Change.of("create sequence " + name, Ddl.createSequence(s)));
            } else if (!Ddl.sequenceOptions(old).equals(Ddl.sequenceOptions(s))) {
                alterSequence(old, s);
            }
            String owner = old == null ? null : old.ownedBy();
            if (!Objects.equals(owner, s.ownedBy())) {
                add(
                        Phase.SEQUENCE_OPTIONS,
                        Change.of(
                                "sequence " + name + " owned by " + (s.ownedBy() == null ? "nothing" : s.ownedBy()),
                                "ALTER SEQUENCE " + name + " OWNED BY "
                                        + (s.ownedBy() == null ? "NONE" : s.ownedBy())));
            }
            comment("SEQUENCE " + name, "sequence " + name, old == null ? null : old.comment(), s.comment());
        }
        for (Sequence s : from.sequences().values()) {
            // a sequence owned by a dropped column or table goes with it
            if (!to.sequences().containsKey(s.qualifiedName())
                    && (s.ownedBy() == null || !droppedColumns.contains(s.ownedBy()))) {
                add(
                        Phase.DROP_SEQUENCES,
                        Change.destructive(
                                "drop sequence " + s.qualifiedName() + " (its current value is lost)",
                                "DROP SEQUENCE " + s.qualifiedName()));
            }
        }
    }

    private void alterSequence(Sequence old, Sequence s) {
        String sql = "ALTER SEQUENCE " + s.qualifiedName() + Ddl.sequenceOptions(s);
        String description = "alter sequence " + s.qualifiedName();
        if (s.min() > old.min() || s.max() < old.max()) {
            // the current value may lie outside the narrower range, which PostgreSQL refuses
            add(
                    Phase.SEQUENCE_OPTIONS,
                    Change.destructive(
                            description + " (restarts it at " + s.start() + ")", sql + " RESTART WITH " + s.start()));
        } else {
            add(Phase.SEQUENCE_OPTIONS, Change.of(description, sql));
        }
    }

    private void views() {
        boolean changed = viewsBlocked;
        for (View view : to.views().values()) {
            changed |= !view.equals(from.views().get(view.qualifiedName()));
        }
        for (View view : from.views().values()) {
            changed |= !to.views().containsKey(view.qualifiedName());
        }
        if (!changed) {
            return;
        }
        // views depend on each other and on columns: recreate them all, dropping in reverse creation order
        List<View> old = new ArrayList<>(from.views().values());
        for (int i = old.size() - 1; i >= 0; i--) {
            add(Phase.DROP_VIEWS, Change.of("drop view " + old.get(i).qualifiedName(), Ddl.dropView(old.get(i))));
        }
        for (View view : to.views().values()) {
            add(Phase.CREATE_VIEWS, Change.of("create view " + view.qualifiedName(), Ddl.createView(view)));
            comment(
                    (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + view.qualifiedName(),
                    "view " + view.qualifiedName(),
                    null,
                    view.comment());
        }
    }
}
