package dev.migrations.schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statements that turn one snapshot into another, in one direction. Each object kind is compared by name; every
 * statement goes into its {@link Phase}, and the phases are concatenated in order at the end.
 */
final class DdlPlanner {

    static final String UNCHECKED_BODIES = "SET LOCAL check_function_bodies = false";

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
        new TypeChanges(this).plan();
        tables();
        sequences();
        functions(); // before views: a function dropped and created takes the views along
        views();
        List<Change> all = new ArrayList<>();
        if (phases.getOrDefault(Phase.CREATE_FUNCTIONS, List.of()).stream()
                .anyMatch(c -> c.sql().contains(" LANGUAGE sql"))) {
            // SQL function bodies may name tables created further down; pg_dump defers their check the same way
            all.add(Change.of("check function bodies when they run", UNCHECKED_BODIES));
        }
        for (Phase phase : Phase.values()) {
            all.addAll(phases.getOrDefault(phase, List.of()));
        }
        return all;
    }

    void add(Phase phase, Change change) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(change);
    }

    void comment(String target, String description, @Nullable String before, @Nullable String after) {
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
            Table table = Objects.requireNonNull(from.tables().get(name)); // dropped: a table of from
            for (Constraint fk : table.constraints().values()) {
                // a foreign key between two dropped tables would block the drop of the one it points at
                String target = fk.referencedTable(); // set for a foreign key
                if (fk.kind() == Constraint.Kind.FOREIGN_KEY
                        && target != null
                        && dropped.contains(target)
                        && !target.equals(name)) {
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
        for (Trigger trigger : table.triggers().values()) {
            add(Phase.CREATE_TRIGGERS, TableChanges.createTrigger(table, trigger));
            comment(
                    "TRIGGER " + Names.quote(trigger.name()) + " ON " + name,
                    "trigger " + trigger.name(),
                    null,
                    trigger.comment());
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
            if (owner != null && droppedColumns.contains(owner) && !owner.equals(s.ownedBy())) {
                // the sequence is kept but its owner goes: detach it first, or the drop would take it along
                add(
                        Phase.DROP_CONSTRAINTS,
                        Change.of(
                                "detach sequence " + name + " from " + owner,
                                "ALTER SEQUENCE " + name + " OWNED BY NONE"));
            }
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

    private void functions() {
        Set<String> replaced = new HashSet<>();
        for (Function f : to.functions().values()) {
            Function old = from.functions().get(f.signature());
            if (old == null) {
                // the signature names the parameters: a renamed parameter is still the same function to PostgreSQL
                old = from.functions().values().stream()
                        .filter(o -> !to.functions().containsKey(o.signature()) && o.sameOverload(f))
                        .findFirst()
                        .orElse(null);
                if (old != null) {
                    replaced.add(old.signature());
                }
            }
            String what = (f.procedure() ? "procedure " : "function ") + f.signature();
            boolean recreate = old != null && f.needsRecreationFrom(old);
            if (old != null && recreate) {
                // CREATE OR REPLACE cannot change the return type or the parameters: 42P13
                add(
                        Phase.DROP_REPLACED_FUNCTIONS,
                        Change.of(
                                "drop " + what + " to recreate it (its return type or parameters change)",
                                "DROP " + (f.procedure() ? "PROCEDURE " : "FUNCTION ") + old.signature()));
                viewsBlocked = true; // views over it go first and come back after
                notes.add(what + ": dropped and created, since its return type or parameters change; PostgreSQL"
                        + " refuses the drop while an index, default or trigger uses it");
            }
            if (old == null || !old.definition().equals(f.definition()) || recreate) {
                add(
                        Phase.CREATE_FUNCTIONS,
                        Change.of((old == null || recreate ? "create " : "replace ") + what, f.definition()));
            }
            comment(
                    (f.procedure() ? "PROCEDURE " : "FUNCTION ") + f.signature(),
                    what,
                    old == null || recreate ? null : old.comment(),
                    f.comment());
        }
        for (Function f : from.functions().values()) {
            if (!to.functions().containsKey(f.signature()) && !replaced.contains(f.signature())) {
                String kind = f.procedure() ? "PROCEDURE " : "FUNCTION ";
                add(
                        Phase.DROP_FUNCTIONS,
                        Change.of(
                                "drop " + kind.toLowerCase(java.util.Locale.ROOT) + f.signature(),
                                "DROP " + kind + f.signature()));
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
        boolean recreate = viewsBlocked;
        for (View view : to.views().values()) {
            recreate |= !view.sameQuery(from.views().get(view.qualifiedName()));
        }
        for (View view : from.views().values()) {
            recreate |= !to.views().containsKey(view.qualifiedName());
        }
        if (!recreate) {
            for (View view : to.views().values()) {
                // nothing to recreate: every view has the same query in from (sameQuery is false for a new one)
                View old = Objects.requireNonNull(from.views().get(view.qualifiedName()));
                viewComment(view, old.comment());
                viewIndexes(old, view);
            }
            return;
        }
        // views depend on each other and on columns: recreate them all, dropping in reverse creation order
        List<View> old = new ArrayList<>(from.views().values());
        for (int i = old.size() - 1; i >= 0; i--) {
            add(Phase.DROP_VIEWS, Change.of("drop view " + old.get(i).qualifiedName(), Ddl.dropView(old.get(i))));
        }
        for (View view : to.views().values()) {
            add(Phase.CREATE_VIEWS, Change.of("create view " + view.qualifiedName(), Ddl.createView(view)));
            viewComment(view, null);
            viewIndexes(null, view);
        }
    }

    private void viewComment(View view, @Nullable String before) {
        comment(
                (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + view.qualifiedName(),
                "view " + view.qualifiedName(),
                before,
                view.comment());
    }

    /** Indexes of a materialized view; {@code old} is null when the view is (re)created and has none yet. */
    private void viewIndexes(@Nullable View old, View view) {
        Map<String, Index> before = old == null ? Map.of() : old.indexes();
        for (Index index : before.values()) {
            Index now = view.indexes().get(index.name());
            if (now == null || !now.definition().equals(index.definition())) {
                add(
                        Phase.DROP_CONSTRAINTS,
                        Change.of(
                                "drop index " + index.name() + " on " + view.qualifiedName(),
                                "DROP INDEX " + Names.qualified(view.schema(), index.name())));
            }
        }
        for (Index index : view.indexes().values()) {
            Index was = before.get(index.name());
            if (was == null || !was.definition().equals(index.definition())) {
                add(
                        Phase.CREATE_VIEW_INDEXES,
                        Change.of(
                                "create index " + index.name() + " on " + view.qualifiedName(),
                                Ddl.createIndex(index, false)));
            }
            comment(
                    "INDEX " + Names.qualified(view.schema(), index.name()),
                    "index " + index.name(),
                    was == null ? null : was.comment(),
                    index.comment());
        }
    }
}
