package dev.migrations.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The migration between two snapshots: statements from {@code current} to {@code desired} (up) and back (down), in
 * dependency order. Nothing is guessed: a table or column that disappears while one of the same shape appears is
 * dropped and added, and reported in {@link SchemaMigration#notes()} as a possible rename. Constraints and indexes
 * that only change name are renamed, since nothing is lost either way.
 *
 * @since 0.1.0
 */
public final class SchemaDiff {

    private SchemaDiff() {}

    /** The migration from {@code current} to {@code desired} with {@link DiffOptions#defaults()}. */
    public static SchemaMigration between(SchemaSnapshot current, SchemaSnapshot desired) {
        return between(current, desired, DiffOptions.defaults());
    }

    /** The migration from {@code current} to {@code desired}. */
    public static SchemaMigration between(SchemaSnapshot current, SchemaSnapshot desired, DiffOptions options) {
        DdlPlanner up = new DdlPlanner(current, desired, options);
        DdlPlanner down = new DdlPlanner(desired, current, options);
        var upChanges = up.plan();
        var downChanges = down.plan();
        Set<String> notes = new LinkedHashSet<>(up.notes);
        notes.addAll(down.notes.stream()
                .filter(n -> n.startsWith("enum "))
                .map(n -> "down: " + n)
                .toList());
        notes.addAll(possibleTableRenames(current, desired));
        boolean noTransaction = up.noTransaction || down.noTransaction;
        return new SchemaMigration(
                session(upChanges, noTransaction),
                session(downChanges, noTransaction),
                new ArrayList<>(notes),
                noTransaction);
    }

    /** Without a transaction there is nothing for SET LOCAL to be local to: the setting lasts for the session. */
    private static List<Change> session(List<Change> changes, boolean noTransaction) {
        return !noTransaction
                ? changes
                : changes.stream()
                        .map(c -> c.sql().equals(DdlPlanner.UNCHECKED_BODIES)
                                ? Change.of(c.description(), "SET check_function_bodies = false")
                                : c)
                        .toList();
    }

    private static Set<String> possibleTableRenames(SchemaSnapshot current, SchemaSnapshot desired) {
        Set<String> notes = new LinkedHashSet<>();
        for (Table old : current.tables().values()) {
            if (desired.tables().containsKey(old.qualifiedName())) {
                continue;
            }
            for (Table table : desired.tables().values()) {
                if (!current.tables().containsKey(table.qualifiedName()) && sameColumns(old, table)) {
                    notes.add("possible rename: table " + old.qualifiedName() + " -> " + table.qualifiedName()
                            + " (to rename instead of dropping, pass --rename " + old.name() + "=" + table.name()
                            + ")");
                }
            }
        }
        return notes;
    }

    private static boolean sameColumns(Table a, Table b) {
        if (!a.columns().keySet().equals(b.columns().keySet())) {
            return false;
        }
        return a.columns().values().stream()
                .allMatch(c -> c.type()
                        .equals(Objects.requireNonNull(b.columns().get(c.name()))
                                .type())); // same names
    }
}
