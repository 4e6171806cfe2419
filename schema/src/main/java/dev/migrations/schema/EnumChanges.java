package dev.migrations.schema;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enum types: created, dropped, extended in place ({@code ADD VALUE ... BEFORE/AFTER}, when every old label keeps its
 * relative position), or else recreated (renamed aside, created anew, every column converted through {@code text},
 * the old type dropped), which PostgreSQL requires to remove or reorder labels.
 */
final class EnumChanges {

    private final DdlPlanner plan;

    EnumChanges(DdlPlanner plan) {
        this.plan = plan;
    }

    void plan() {
        for (EnumType type : plan.to.enums().values()) {
            EnumType old = plan.from.enums().get(type.qualifiedName());
            if (old == null) {
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.of(
                                "create enum " + type.qualifiedName(),
                                Ddl.createEnum(type.qualifiedName(), type.labels())));
            } else if (!old.labels().equals(type.labels())) {
                if (isSubsequence(old.labels(), type.labels())) {
                    addValues(old, type);
                } else {
                    recreate(old, type);
                }
            }
            plan.comment(
                    "TYPE " + type.qualifiedName(),
                    "type " + type.qualifiedName(),
                    old == null ? null : old.comment(),
                    type.comment());
        }
        for (EnumType old : plan.from.enums().values()) {
            if (!plan.to.enums().containsKey(old.qualifiedName())) {
                plan.add(
                        Phase.DROP_TYPES,
                        Change.of("drop enum " + old.qualifiedName(), "DROP TYPE " + old.qualifiedName()));
            }
        }
    }

    private static boolean isSubsequence(List<String> labels, List<String> in) {
        int at = 0;
        for (String label : in) {
            if (at < labels.size() && labels.get(at).equals(label)) {
                at++;
            }
        }
        return at == labels.size();
    }

    private void addValues(EnumType old, EnumType type) {
        List<String> labels = type.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (!old.labels().contains(label)) {
                // place it next to a neighbour that exists by then, so the sort order comes out as declared
                String position =
                        i > 0 ? " AFTER " + Ddl.literal(labels.get(i - 1)) : " BEFORE " + Ddl.literal(labels.get(1));
                if (usedInSchema(Ddl.literal(label) + "::" + type.qualifiedName())) {
                    // PostgreSQL refuses a value added in the same transaction: 55P04 unsafe use of new value
                    plan.noTransaction = true;
                    plan.notes.add("enum " + type.qualifiedName() + ": the new value " + Ddl.literal(label)
                            + " is used in the same migration, which therefore runs without a transaction");
                }
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.of(
                                "add value " + Ddl.literal(label) + " to enum " + type.qualifiedName(),
                                "ALTER TYPE " + type.qualifiedName() + " ADD VALUE " + Ddl.literal(label)
                                        + (labels.size() == 1 ? "" : position)));
            }
        }
    }

    private boolean usedInSchema(String literal) {
        for (Table table : plan.to.tables().values()) {
            for (Column c : table.columns().values()) {
                if (contains(c.defaultExpression(), literal) || contains(c.generatedExpression(), literal)) {
                    return true;
                }
            }
            for (Constraint c : table.constraints().values()) {
                if (c.definition().contains(literal)) {
                    return true;
                }
            }
            for (Index i : table.indexes().values()) {
                if (i.definition().contains(literal)) {
                    return true;
                }
            }
        }
        return plan.to.views().values().stream().anyMatch(v -> v.definition().contains(literal));
    }

    private static boolean contains(@Nullable String text, String part) {
        return text != null && text.contains(part);
    }

    private void recreate(EnumType old, EnumType type) {
        String name = type.qualifiedName();
        String aside = Names.qualified(type.schema(), truncate(type.name() + "__old"));
        List<String> removed = new ArrayList<>(old.labels());
        removed.removeAll(type.labels());
        plan.notes.add("enum " + name + ": PostgreSQL cannot " + (removed.isEmpty() ? "reorder" : "remove")
                + " enum labels in place; the type is recreated and its columns converted");
        plan.add(
                Phase.RECREATE_ENUMS,
                Change.of(
                        "rename enum " + name + " aside",
                        "ALTER TYPE " + name + " RENAME TO " + Names.quote(truncate(type.name() + "__old"))));
        plan.add(Phase.RECREATE_ENUMS, Change.of("recreate enum " + name, Ddl.createEnum(name, type.labels())));
        for (Table table : plan.from.tables().values()) {
            for (Column column : table.columns().values()) {
                if (column.type().equals(name) || column.type().equals(name + "[]")) {
                    convert(table, column, name, removed);
                }
            }
        }
        plan.add(Phase.DROP_TYPES, Change.of("drop old enum " + name, "DROP TYPE " + aside));
        plan.viewsBlocked = true;
    }

    private void convert(Table table, Column column, String name, List<String> removed) {
        String alter = "ALTER TABLE " + table.qualifiedName() + " ALTER COLUMN " + Names.quote(column.name());
        if (column.defaultExpression() != null) {
            plan.add(Phase.RECREATE_ENUMS, Change.of("drop default of " + column.name(), alter + " DROP DEFAULT"));
        }
        String description = "convert " + table.qualifiedName() + "." + column.name() + " to the new " + name;
        String sql = alter + " TYPE " + column.type() + " USING " + Names.quote(column.name()) + "::text"
                + (column.type().endsWith("[]") ? "[]" : "") + "::" + column.type();
        plan.add(
                Phase.RECREATE_ENUMS,
                removed.isEmpty()
                        ? Change.of(description, sql)
                        : Change.destructive(
                                description + " (rows holding " + String.join(", ", removed) + " fail)", sql));
        Table desired = plan.to.tables().get(table.qualifiedName());
        Column now = desired == null ? null : desired.columns().get(column.name());
        if (column.defaultExpression() != null
                && now != null
                && column.defaultExpression().equals(now.defaultExpression())) {
            plan.add(
                    Phase.RECREATE_ENUMS,
                    Change.of(
                            "restore default of " + column.name(),
                            alter + " SET DEFAULT " + column.defaultExpression()));
        }
    }

    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
