package dev.migrations.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The statements that turn one table into its desired form: columns, constraints, indexes, comments. */
final class TableChanges {

    private final DdlPlanner plan;

    private final Table from;

    private final Table to;

    private final String name;

    private boolean retyped;

    TableChanges(DdlPlanner plan, Table from, Table to) {
        this.plan = plan;
        this.from = from;
        this.to = to;
        this.name = to.qualifiedName();
    }

    void plan() {
        List<Column> added = new ArrayList<>();
        for (Column column : to.columns().values()) {
            Column old = from.columns().get(column.name());
            if (old == null) {
                added.add(column);
            } else if (regenerates(old, column)) {
                dropColumn(old, old.generatedExpression() == null);
                added.add(column);
            } else {
                alterColumn(old, column);
            }
        }
        // generated columns read the others, so they come last
        added.stream().filter(c -> c.generatedExpression() == null).forEach(this::addColumn);
        added.stream().filter(c -> c.generatedExpression() != null).forEach(this::addColumn);
        for (Column old : from.columns().values()) {
            if (!to.columns().containsKey(old.name())) {
                dropColumn(old, true);
                possibleRename(old);
            }
        }
        constraints();
        indexes();
        triggers();
        if (from.unlogged() != to.unlogged()) {
            plan.add(
                    Phase.ALTER_COLUMNS,
                    Change.of(
                            "set table " + name + (to.unlogged() ? " unlogged" : " logged"),
                            "ALTER TABLE " + name + " SET " + (to.unlogged() ? "UNLOGGED" : "LOGGED")));
        }
        plan.comment("TABLE " + name, "table " + name, from.comment(), to.comment());
    }

    /** A generated column whose expression changes, or a plain column that becomes generated, is dropped and re-added. */
    private static boolean regenerates(Column old, Column column) {
        return column.generatedExpression() != null
                && !column.generatedExpression().equals(old.generatedExpression());
    }

    private void addColumn(Column column) {
        plan.add(
                Phase.ALTER_COLUMNS,
                Change.of(
                        "add column " + name + "." + column.name(),
                        "ALTER TABLE " + name + " ADD COLUMN " + Ddl.column(column)));
        if (column.notNull()
                && column.defaultExpression() == null
                && column.identity() == null
                && column.generatedExpression() == null) {
            plan.notes.add("add column " + name + "." + column.name()
                    + ": NOT NULL without a default fails when the table has rows");
        }
        plan.comment(columnTarget(column), "column " + name + "." + column.name(), null, column.comment());
    }

    private void dropColumn(Column column, boolean destructive) {
        String description = "drop column " + name + "." + column.name() + (destructive ? " and its data" : "");
        String sql = "ALTER TABLE " + name + " DROP COLUMN " + Names.quote(column.name());
        plan.add(Phase.DROP_TABLES, destructive ? Change.destructive(description, sql) : Change.of(description, sql));
        plan.droppedColumns.add(name + "." + Names.quote(column.name()));
        plan.viewsBlocked = true;
    }

    private void possibleRename(Column old) {
        for (Column column : to.columns().values()) {
            if (!from.columns().containsKey(column.name()) && column.type().equals(old.type())) {
                plan.notes.add("possible rename: column " + name + "." + old.name() + " -> " + column.name()
                        + " (to rename instead of dropping, pass --rename " + to.name() + "." + old.name() + "="
                        + column.name() + ")");
            }
        }
    }

    private void alterColumn(Column old, Column column) {
        String alter = "ALTER TABLE " + name + " ALTER COLUMN " + Names.quote(column.name());
        String what = name + "." + column.name();
        boolean retype = !old.type().equals(column.type()) || !Objects.equals(old.collation(), column.collation());
        boolean defaultChanges = !Objects.equals(old.defaultExpression(), column.defaultExpression());
        if (old.defaultExpression() != null && (retype || defaultChanges)) {
            alter(Change.of("drop default of " + what, alter + " DROP DEFAULT"));
        }
        if (old.generatedExpression() != null && column.generatedExpression() == null) {
            alter(Change.of("stop generating " + what, alter + " DROP EXPRESSION"));
        }
        if (old.identity() != null && column.identity() == null) {
            alter(Change.of("drop identity of " + what, alter + " DROP IDENTITY"));
        }
        if (retype) {
            String type = column.type() + (column.collation() == null ? "" : " COLLATE " + column.collation());
            String description = "change type of " + what + " from " + old.type() + " to " + type;
            String sql = alter + " TYPE " + type + " USING " + Names.quote(column.name()) + "::" + column.type();
            alter(
                    Ddl.widens(old.type(), column.type()) || old.type().equals(column.type())
                            ? Change.of(description, sql)
                            : Change.destructive(description + " (values that do not fit are lost or fail)", sql));
            plan.viewsBlocked = true;
            retyped = true;
        }
        if (column.notNull() && !old.notNull()) {
            alter(Change.of("set " + what + " not null", alter + " SET NOT NULL"));
        }
        if (column.identity() != null && !column.identity().equals(old.identity())) {
            alter(Change.of(
                    "make " + what + " an identity (" + column.identity() + ")",
                    old.identity() == null
                            ? alter + " ADD GENERATED " + column.identity() + " AS IDENTITY"
                            : alter + " SET GENERATED " + column.identity()));
        }
        if (column.defaultExpression() != null && (retype || defaultChanges)) {
            alter(Change.of("set default of " + what, alter + " SET DEFAULT " + column.defaultExpression()));
        }
        if (!column.notNull() && old.notNull()) {
            alter(Change.of("drop not null of " + what, alter + " DROP NOT NULL"));
        }
        plan.comment(columnTarget(column), "column " + what, old.comment(), column.comment());
    }

    private void triggers() {
        for (Trigger old : from.triggers().values()) {
            Trigger now = to.triggers().get(old.name());
            // a trigger blocks type changes of the columns it names, so it is recreated around them
            if (now == null || !now.definition().equals(old.definition()) || retyped) {
                plan.add(
                        Phase.DROP_TRIGGERS,
                        Change.of(
                                "drop trigger " + old.name() + " on " + name,
                                "DROP TRIGGER " + Names.quote(old.name()) + " ON " + from.qualifiedName()));
                if (now != null) {
                    plan.add(Phase.CREATE_TRIGGERS, createTrigger(to, now));
                    triggerComment(now, null);
                }
            } else {
                triggerComment(now, old.comment());
            }
        }
        for (Trigger now : to.triggers().values()) {
            if (!from.triggers().containsKey(now.name())) {
                plan.add(Phase.CREATE_TRIGGERS, createTrigger(to, now));
                triggerComment(now, null);
            }
        }
    }

    private void triggerComment(Trigger trigger, @Nullable String before) {
        plan.comment(
                "TRIGGER " + Names.quote(trigger.name()) + " ON " + name,
                "trigger " + trigger.name(),
                before,
                trigger.comment());
    }

    static Change createTrigger(Table table, Trigger trigger) {
        return Change.of("create trigger " + trigger.name() + " on " + table.qualifiedName(), trigger.definition());
    }

    private void alter(Change change) {
        plan.add(Phase.ALTER_COLUMNS, change);
    }

    private String columnTarget(Column column) {
        return "COLUMN " + name + "." + Names.quote(column.name());
    }

    private void constraints() {
        Map<String, Constraint> removed = new LinkedHashMap<>();
        Map<String, Constraint> added = new LinkedHashMap<>();
        for (Constraint old : from.constraints().values()) {
            Constraint now = to.constraints().get(old.name());
            if (now == null) {
                removed.put(old.name(), old);
            } else if (!now.definition().equals(old.definition())) {
                removed.put(old.name(), old);
                added.put(now.name(), now);
            } else {
                constraintComment(now, old.comment());
            }
        }
        to.constraints().values().stream()
                .filter(c -> !from.constraints().containsKey(c.name()))
                .forEach(c -> added.put(c.name(), c));
        // the same constraint under another name (a generated name against a declared one) is renamed, not rebuilt
        for (Constraint old : new ArrayList<>(removed.values())) {
            Constraint same = added.values().stream()
                    .filter(c ->
                            c.definition().equals(old.definition()) && !c.name().equals(old.name()))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                removed.remove(old.name());
                added.remove(same.name());
                plan.add(
                        Phase.DROP_CONSTRAINTS,
                        Change.of(
                                "rename constraint " + old.name() + " on " + name + " to " + same.name(),
                                "ALTER TABLE " + name + " RENAME CONSTRAINT " + Names.quote(old.name()) + " TO "
                                        + Names.quote(same.name())));
                constraintComment(same, old.comment());
            }
        }
        for (Constraint old : removed.values()) {
            plan.add(
                    old.kind() == Constraint.Kind.FOREIGN_KEY ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS,
                    dropConstraint(from, old));
        }
        for (Constraint now : added.values()) {
            plan.add(
                    now.kind() == Constraint.Kind.FOREIGN_KEY ? Phase.ADD_FOREIGN_KEYS : Phase.ADD_CONSTRAINTS,
                    addConstraint(to, now));
            constraintComment(now, null);
        }
    }

    private void constraintComment(Constraint constraint, @Nullable String before) {
        plan.comment(
                "CONSTRAINT " + Names.quote(constraint.name()) + " ON " + name,
                "constraint " + constraint.name() + " on " + name,
                before,
                constraint.comment());
    }

    static Change dropConstraint(Table table, Constraint constraint) {
        return Change.of(
                "drop " + constraint.kind().text() + " " + constraint.name() + " on " + table.qualifiedName(),
                "ALTER TABLE " + table.qualifiedName() + " DROP CONSTRAINT " + Names.quote(constraint.name()));
    }

    static Change addConstraint(Table table, Constraint constraint) {
        return Change.of(
                "add " + constraint.kind().text() + " " + constraint.name() + " on " + table.qualifiedName(),
                "ALTER TABLE " + table.qualifiedName() + " ADD CONSTRAINT " + Names.quote(constraint.name()) + " "
                        + constraint.definition());
    }

    private void indexes() {
        boolean concurrently = plan.options.concurrentIndexes();
        Map<String, Index> removed = new LinkedHashMap<>();
        Map<String, Index> added = new LinkedHashMap<>();
        for (Index old : from.indexes().values()) {
            Index now = to.indexes().get(old.name());
            if (now == null || !now.definition().equals(old.definition())) {
                removed.put(old.name(), old);
                if (now != null) {
                    added.put(now.name(), now);
                }
            } else {
                indexComment(now, old.comment());
            }
        }
        to.indexes().values().stream()
                .filter(i -> !from.indexes().containsKey(i.name()))
                .forEach(i -> added.put(i.name(), i));
        for (Index old : new ArrayList<>(removed.values())) {
            Index same = added.values().stream()
                    .filter(i -> i.shape().equals(old.shape()) && !i.name().equals(old.name()))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                removed.remove(old.name());
                added.remove(same.name());
                plan.add(
                        Phase.DROP_CONSTRAINTS,
                        Change.of(
                                "rename index " + old.name() + " to " + same.name(),
                                "ALTER INDEX " + Names.qualified(to.schema(), old.name()) + " RENAME TO "
                                        + Names.quote(same.name())));
                indexComment(same, old.comment());
            }
        }
        for (Index old : removed.values()) {
            plan.add(
                    Phase.DROP_CONSTRAINTS,
                    Change.of(
                            "drop index " + old.name() + " on " + name,
                            "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "")
                                    + Names.qualified(from.schema(), old.name())));
        }
        for (Index now : added.values()) {
            plan.add(
                    Phase.ADD_CONSTRAINTS,
                    Change.of("create index " + now.name() + " on " + name, Ddl.createIndex(now, concurrently)));
            indexComment(now, null);
        }
        plan.noTransaction |= concurrently && !(removed.isEmpty() && added.isEmpty());
    }

    private void indexComment(Index index, @Nullable String before) {
        plan.comment(
                "INDEX " + Names.qualified(to.schema(), index.name()),
                "index " + index.name(),
                before,
                index.comment());
    }
}
