package dev.migrations.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Composite types, domains and range types: created before the tables and functions that use them, dropped after
 * them. A composite type changes attribute by attribute ({@code ADD}, {@code DROP}, {@code ALTER ATTRIBUTE ... TYPE})
 * when the attribute order comes out as desired, a domain changes its default, {@code NOT NULL} and constraints in
 * place; what PostgreSQL cannot alter (a domain's base type, a range's options, a composite's attribute order) is
 * dropped and created, which it refuses while a column uses the type: the file says so.
 */
final class TypeChanges {

    private final DdlPlanner plan;

    TypeChanges(DdlPlanner plan) {
        this.plan = plan;
    }

    void plan() {
        ranges();
        domains();
        composites();
    }

    private void ranges() {
        for (RangeType range : plan.to.ranges().values()) {
            RangeType old = plan.from.ranges().get(range.qualifiedName());
            String name = range.qualifiedName();
            if (old != null && !old.definition().equals(range.definition())) {
                recreated("range type", name);
                plan.add(
                        Phase.DROP_REPLACED_TYPES,
                        Change.of("drop range type " + name + " to recreate it", "DROP TYPE " + name));
            }
            if (old == null || !old.definition().equals(range.definition())) {
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.of(
                                "create range type " + name,
                                "CREATE TYPE " + name + " AS RANGE (" + range.definition() + ")"));
            }
            boolean recreate = old != null && !old.definition().equals(range.definition());
            comment(name, "range type", range.comment(), recreate ? null : old);
        }
        for (RangeType old : reversed(plan.from.ranges())) {
            if (!plan.to.ranges().containsKey(old.qualifiedName())) {
                plan.add(
                        Phase.DROP_USER_TYPES,
                        Change.of("drop range type " + old.qualifiedName(), "DROP TYPE " + old.qualifiedName()));
            }
        }
    }

    private void domains() {
        for (Domain domain : plan.to.domains().values()) {
            Domain old = plan.from.domains().get(domain.qualifiedName());
            String name = domain.qualifiedName();
            boolean recreate = old != null
                    && (!old.baseType().equals(domain.baseType())
                            || !Objects.equals(old.collation(), domain.collation()));
            if (recreate) {
                recreated("domain", name);
                plan.add(
                        Phase.DROP_REPLACED_TYPES,
                        Change.of("drop domain " + name + " to recreate it", "DROP DOMAIN " + name));
            }
            if (old == null || recreate) {
                plan.add(Phase.CREATE_TYPES, Change.of("create domain " + name, createDomain(domain)));
            } else {
                alterDomain(old, domain);
            }
            plan.comment(
                    "DOMAIN " + name,
                    "domain " + name,
                    (old == null || recreate) ? null : old.comment(),
                    domain.comment());
        }
        for (Domain old : reversed(plan.from.domains())) {
            if (!plan.to.domains().containsKey(old.qualifiedName())) {
                plan.add(
                        Phase.DROP_USER_TYPES,
                        Change.of("drop domain " + old.qualifiedName(), "DROP DOMAIN " + old.qualifiedName()));
            }
        }
    }

    private static String createDomain(Domain d) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN " + d.qualifiedName() + " AS " + d.baseType());
        if (d.collation() != null) {
            sql.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(d.defaultExpression());
        }
        if (d.notNull()) {
            sql.append(" NOT NULL");
        }
        d.constraints()
                .forEach((constraint, check) -> sql.append(" CONSTRAINT ")
                        .append(constraint)
                        .append(' ')
                        .append(check));
        return sql.toString();
    }

    private void alterDomain(Domain old, Domain d) {
        String alter = "ALTER DOMAIN " + d.qualifiedName();
        String name = d.qualifiedName();
        if (!Objects.equals(old.defaultExpression(), d.defaultExpression())) {
            plan.add(
                    Phase.ALTER_COLUMNS,
                    d.defaultExpression() == null
                            ? Change.of("drop default of domain " + name, alter + " DROP DEFAULT")
                            : Change.of(
                                    "set default of domain " + name, alter + " SET DEFAULT " + d.defaultExpression()));
        }
        if (old.notNull() != d.notNull()) {
            plan.add(
                    Phase.ALTER_COLUMNS,
                    Change.of(
                            (d.notNull() ? "set" : "drop") + " not null of domain " + name,
                            alter + (d.notNull() ? " SET NOT NULL" : " DROP NOT NULL")));
        }
        for (Map.Entry<String, String> c : old.constraints().entrySet()) {
            if (!c.getValue().equals(d.constraints().get(c.getKey()))) {
                plan.add(
                        Phase.DROP_CONSTRAINTS,
                        Change.of(
                                "drop constraint " + c.getKey() + " of domain " + name,
                                alter + " DROP CONSTRAINT " + c.getKey()));
            }
        }
        for (Map.Entry<String, String> c : d.constraints().entrySet()) {
            if (!c.getValue().equals(old.constraints().get(c.getKey()))) {
                // checked against every column of the domain: rows that break it fail the migration
                plan.add(
                        Phase.ADD_CONSTRAINTS,
                        Change.of(
                                "add constraint " + c.getKey() + " to domain " + name,
                                alter + " ADD CONSTRAINT " + c.getKey() + " " + c.getValue()));
            }
        }
    }

    private void composites() {
        for (CompositeType type : plan.to.composites().values()) {
            CompositeType old = plan.from.composites().get(type.qualifiedName());
            String name = type.qualifiedName();
            boolean create = old == null;
            // the order matters, which Map.equals does not see
            if (old != null && !old.attributeList().equals(type.attributeList())) {
                List<String> kept = new ArrayList<>(old.attributes().keySet());
                kept.retainAll(type.attributes().keySet());
                List<String> order = new ArrayList<>(kept);
                type.attributes().keySet().stream()
                        .filter(a -> !kept.contains(a))
                        .forEach(order::add);
                if (order.equals(new ArrayList<>(type.attributes().keySet()))) {
                    alterComposite(old, type);
                } else {
                    // ADD ATTRIBUTE appends: any other order needs the type created anew
                    recreated("composite type", name);
                    plan.add(
                            Phase.DROP_REPLACED_TYPES,
                            Change.of("drop composite type " + name + " to recreate it", "DROP TYPE " + name));
                    create = true;
                }
            }
            if (create) {
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.of(
                                "create composite type " + name,
                                "CREATE TYPE " + name + " AS (" + type.attributeList() + ")"));
            }
            comment(name, "composite type", type.comment(), create ? null : old);
        }
        for (CompositeType old : reversed(plan.from.composites())) {
            if (!plan.to.composites().containsKey(old.qualifiedName())) {
                plan.add(
                        Phase.DROP_USER_TYPES,
                        Change.of("drop composite type " + old.qualifiedName(), "DROP TYPE " + old.qualifiedName()));
            }
        }
    }

    private void alterComposite(CompositeType old, CompositeType type) {
        String name = type.qualifiedName();
        String alter = "ALTER TYPE " + name;
        for (String attribute : old.attributes().keySet()) {
            String now = type.attributes().get(attribute);
            if (now == null) {
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.destructive(
                                "drop attribute " + attribute + " of composite type " + name,
                                alter + " DROP ATTRIBUTE " + attribute));
            } else if (!now.equals(old.attributes().get(attribute))) {
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.of(
                                "change type of attribute " + attribute + " of composite type " + name,
                                alter + " ALTER ATTRIBUTE " + attribute + " TYPE " + now));
            }
        }
        type.attributes().forEach((attribute, attributeType) -> {
            if (!old.attributes().containsKey(attribute)) {
                plan.add(
                        Phase.CREATE_TYPES,
                        Change.of(
                                "add attribute " + attribute + " to composite type " + name,
                                alter + " ADD ATTRIBUTE " + attribute + " " + attributeType));
            }
        });
        if (usedByColumns(name)) {
            plan.notes.add("composite type " + name + ": PostgreSQL refuses to change the attributes of a type that"
                    + " columns use; convert or drop those columns first");
        }
    }

    /** The comment of a type; {@code old} is null when the type is created (anew), without a comment yet. */
    private void comment(String name, String kind, @Nullable String after, @Nullable Object old) {
        String before = old instanceof RangeType r ? r.comment() : old instanceof CompositeType c ? c.comment() : null;
        plan.comment("TYPE " + name, kind + " " + name, before, after);
    }

    private void recreated(String kind, String name) {
        plan.viewsBlocked = true;
        if (usedByColumns(name)) {
            plan.notes.add(kind + " " + name + ": PostgreSQL cannot alter it in place, so it is dropped and created,"
                    + " which fails while columns use it; convert or drop those columns first");
        }
    }

    private boolean usedByColumns(String name) {
        return plan.from.tables().values().stream()
                .flatMap(t -> t.columns().values().stream())
                .anyMatch(c -> c.type().equals(name) || c.type().equals(name + "[]"));
    }

    private static <T> List<T> reversed(Map<String, T> byCreation) {
        List<T> list = new ArrayList<>(byCreation.values());
        java.util.Collections.reverse(list);
        return list;
    }
}
