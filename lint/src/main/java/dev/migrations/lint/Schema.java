package dev.migrations.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the migrations read so far say about the schema: which tables exist and which are new in the analysed batch,
 * the column types, the indexes, and the validated {@code CHECK (c IS NOT NULL)} constraints. A table that no
 * migration created existed before them all (created by hand or by another tool), so it counts as existing.
 *
 * <p>"New" means created by an analysed migration at or before the statement: the analysed migrations are the ones
 * that run together in one deployment (the pending ones), so nobody uses such a table yet. A table created by an
 * earlier, already applied (not analysed) migration is existing and may be busy.
 */
final class Schema {

    private final Map<String, Map<String, String>> columns = new HashMap<>();

    private final Set<String> newTables = new HashSet<>();

    private final Map<String, String> indexTables = new HashMap<>();

    private final Set<String> newIndexes = new HashSet<>();

    /** Constraint name to "table.column" for {@code CHECK (column IS NOT NULL)} constraints. */
    private final Map<String, String> notNullChecks = new HashMap<>();

    /** Functions the migrations created, to whether they are volatile (the default without IMMUTABLE/STABLE). */
    private final Map<String, Boolean> functions = new HashMap<>();

    /** "table.column" declared NOT NULL (or primary key), so SET NOT NULL on it changes nothing. */
    private final Set<String> notNull = new HashSet<>();

    /** "table.column" whose {@code IS NOT NULL} check has been validated. */
    private final Set<String> validatedNotNull = new HashSet<>();

    /** Everything created so far counts as existing from now on (the migrations before were deployed earlier). */
    void forgetNew() {
        newTables.clear();
        newIndexes.clear();
    }

    boolean isExisting(@Nullable String table) {
        return table != null && !newTables.contains(table);
    }

    boolean isNewIndex(String index) {
        return newIndexes.contains(index);
    }

    @Nullable
    String indexTable(String index) {
        return indexTables.get(index);
    }

    /** The column's normalised type when a migration declared it, else {@code null}. */
    @Nullable
    String columnType(String table, @Nullable String column) {
        Map<String, String> types = columns.get(table);
        return (types != null) ? types.get(column) : null;
    }

    /** Whether a migration created function {@code name} without declaring it IMMUTABLE or STABLE. */
    boolean isVolatileFunction(String name) {
        return Boolean.TRUE.equals(functions.get(name));
    }

    boolean isNotNull(String table, @Nullable String column) {
        return notNull.contains(table + "." + column);
    }

    boolean hasValidatedNotNullCheck(String table, @Nullable String column) {
        return validatedNotNull.contains(table + "." + column);
    }

    /** Updates the model with what {@code s} did; {@code analysed}: whether its migration is in the batch. */
    void apply(Stmt s, boolean analysed) {
        int function = s.skip(s.skip(1, "or", "replace"), "function");
        if (s.is(0, "create") && function > 1 && s.is(function - 1, "function") && s.name(function) != null) {
            functions.put(s.name(function), s.find(function, "immutable") < 0 && s.find(function, "stable") < 0);
            return;
        }
        int view = s.skip(1, "materialized");
        String name = s.name(s.skip(view + 1, "if", "not", "exists"));
        if (s.is(0, "create") && view > 1 && s.is(view, "view") && name != null) {
            columns.putIfAbsent(name, new HashMap<>());
            mark(newTables, name, analysed); // a materialized view is a relation that indexes can lock like a table
            return;
        }
        Ddl.CreateTable create = Ddl.createTable(s);
        if (create != null && create.name() != null) {
            if (create.ifNotExists() && columns.containsKey(create.name())) {
                return;
            }
            Map<String, String> types = new HashMap<>();
            create.columns().forEach((c) -> types.put(c.name(), c.type()));
            create.columns().stream()
                    .filter(ColumnDef::notNull)
                    .forEach((c) -> notNull.add(create.name() + "." + c.name()));
            create.primaryKey().forEach((c) -> notNull.add(create.name() + "." + c));
            columns.put(create.name(), types);
            mark(newTables, create.name(), analysed);
            return;
        }
        Ddl.CreateIndex index = Ddl.createIndex(s);
        if (index != null) {
            if (index.name() != null) {
                indexTables.put(index.name(), index.table());
                mark(newIndexes, index.name(), analysed || newTables.contains(index.table()));
            }
            return;
        }
        java.util.List<String> dropped = Ddl.dropTable(s);
        if (dropped != null) {
            dropped.forEach((t) -> {
                columns.remove(t);
                newTables.remove(t);
            });
            return;
        }
        Ddl.AlterTable alter = Ddl.alterTable(s);
        if (alter != null) {
            alter(alter);
        }
    }

    private void alter(Ddl.AlterTable alter) {
        String table = alter.table();
        Map<String, String> types = columns.computeIfAbsent(table, (t) -> new HashMap<>());
        for (Ddl.Action action : alter.actions()) {
            switch (action.kind()) {
                case ADD_COLUMN -> {
                    ColumnDef def = action.added();
                    types.put(def.name(), def.type());
                    if (def.notNull() || def.primaryKey()) {
                        notNull.add(table + "." + def.name());
                    }
                }
                case SET_NOT_NULL -> notNull.add(table + "." + action.column());
                case DROP_NOT_NULL -> notNull.remove(table + "." + action.column());
                case DROP_COLUMN -> {
                    types.remove(action.column());
                    notNull.remove(table + "." + action.column());
                }
                case ALTER_TYPE -> types.put(action.column(), action.alteredType());
                case RENAME_COLUMN -> {
                    String type = types.remove(action.column());
                    if (type != null && action.newName() != null) {
                        types.put(action.newName(), type);
                    }
                    if (notNull.remove(table + "." + action.column()) && action.newName() != null) {
                        notNull.add(table + "." + action.newName());
                    }
                }
                case RENAME_TABLE -> {
                    if (action.newName() != null) {
                        columns.put(action.newName(), columns.remove(table));
                        if (newTables.remove(table)) {
                            newTables.add(action.newName());
                        }
                    }
                }
                case ADD_CONSTRAINT -> {
                    String column = notNullColumn(action.checkText());
                    if (column != null && action.constraint() != null) {
                        notNullChecks.put(action.constraint(), table + "." + column);
                        if (!action.notValid()) {
                            validatedNotNull.add(table + "." + column);
                        }
                    }
                }
                case VALIDATE -> {
                    String column = notNullChecks.get(action.constraint());
                    if (column != null) {
                        validatedNotNull.add(column);
                    }
                }
                default -> {}
            }
        }
    }

    /** The column of a {@code column IS NOT NULL} check text, or {@code null}. */
    static @Nullable String notNullColumn(@Nullable String checkText) {
        if (checkText == null) {
            return null;
        }
        String[] words = checkText.replace("\"", "").trim().split("\\s+");
        return (words.length == 4 && words[1].equals("is") && words[2].equals("not") && words[3].equals("null"))
                ? words[0]
                : null;
    }

    private static void mark(Set<String> set, String name, boolean isNew) {
        if (isNew) {
            set.add(name);
        } else {
            set.remove(name);
        }
    }
}
