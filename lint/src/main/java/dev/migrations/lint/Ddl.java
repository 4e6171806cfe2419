package dev.migrations.lint;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the DDL statements the rules care about from a statement's tokens; anything else reads as {@code null}. */
final class Ddl {

    private Ddl() {}

    record CreateIndex(
            @Nullable String name, @Nullable String table, boolean unique, boolean concurrently, boolean ifNotExists) {}

    record DropIndex(List<String> names, boolean concurrently, boolean ifExists) {}

    record CreateTable(@Nullable String name, List<ColumnDef> columns, List<String> primaryKey, boolean ifNotExists) {}

    enum ActionKind {
        ADD_COLUMN,
        ADD_CONSTRAINT,
        DROP_COLUMN,
        ALTER_TYPE,
        SET_NOT_NULL,
        DROP_NOT_NULL,
        VALIDATE,
        RENAME_TABLE,
        RENAME_COLUMN,
        DETACH_PARTITION,
        OTHER
    }

    /**
     * One action of ALTER TABLE.
     *
     * @param column the column it is about (ADD/DROP/ALTER/RENAME COLUMN), else {@code null}
     * @param def the added column's definition (ADD COLUMN, else {@code null}; see {@link #added()})
     * @param constraint the constraint's name (ADD CONSTRAINT name, VALIDATE CONSTRAINT name), or {@code null}
     * @param constraintKind {@code check}, {@code foreign}, {@code unique}, {@code primary} or {@code exclude} (ADD
     *     CONSTRAINT), else {@code null}
     * @param notValid whether it ends with NOT VALID
     * @param usingIndex whether a UNIQUE/PRIMARY KEY constraint is added USING INDEX
     * @param newType the new type (ALTER TYPE, else {@code null}; see {@link #alteredType()}), normalised
     * @param using whether ALTER TYPE has a USING clause
     * @param newName the new name (RENAME), or {@code null}
     * @param ifExists IF [NOT] EXISTS on the action
     * @param concurrently DETACH PARTITION ... CONCURRENTLY
     * @param checkText the CHECK expression's text, or {@code null}
     */
    record Action(
            ActionKind kind,
            @Nullable String column,
            @Nullable ColumnDef def,
            @Nullable String constraint,
            @Nullable String constraintKind,
            boolean notValid,
            boolean usingIndex,
            @Nullable String newType,
            boolean using,
            @Nullable String newName,
            boolean ifExists,
            boolean concurrently,
            @Nullable String checkText) {

        /** The added column's definition, which every ADD COLUMN action reads. */
        ColumnDef added() {
            if (def == null) {
                throw new IllegalStateException(kind + " adds no column");
            }
            return def;
        }

        /** The new type, which every ALTER TYPE action reads. */
        String alteredType() {
            if (newType == null) {
                throw new IllegalStateException(kind + " changes no type");
            }
            return newType;
        }

        static Action of(ActionKind kind) {
            return new Builder(kind).build();
        }

        static Builder builder(ActionKind kind) {
            return new Builder(kind);
        }

        /** Most actions set two or three of the thirteen components; this names the ones that matter. */
        static final class Builder {
            private final ActionKind kind;
            private @Nullable String column;
            private @Nullable ColumnDef def;
            private @Nullable String constraint;
            private @Nullable String constraintKind;
            private boolean notValid;
            private boolean usingIndex;
            private @Nullable String newType;
            private boolean using;
            private @Nullable String newName;
            private boolean ifExists;
            private boolean concurrently;
            private @Nullable String checkText;

            private Builder(ActionKind kind) {
                this.kind = kind;
            }

            Builder column(@Nullable String column) {
                this.column = column;
                return this;
            }

            Builder def(ColumnDef def) {
                this.def = def;
                return column(def.name());
            }

            Builder constraint(@Nullable String constraint, @Nullable String constraintKind) {
                this.constraint = constraint;
                this.constraintKind = constraintKind;
                return this;
            }

            Builder notValid(boolean notValid) {
                this.notValid = notValid;
                return this;
            }

            Builder usingIndex(boolean usingIndex) {
                this.usingIndex = usingIndex;
                return this;
            }

            Builder newType(String newType, boolean using) {
                this.newType = newType;
                this.using = using;
                return this;
            }

            Builder newName(@Nullable String newName) {
                this.newName = newName;
                return this;
            }

            Builder ifExists(boolean ifExists) {
                this.ifExists = ifExists;
                return this;
            }

            Builder concurrently(boolean concurrently) {
                this.concurrently = concurrently;
                return this;
            }

            Builder checkText(@Nullable String checkText) {
                this.checkText = checkText;
                return this;
            }

            Action build() {
                return new Action(
                        kind,
                        column,
                        def,
                        constraint,
                        constraintKind,
                        notValid,
                        usingIndex,
                        newType,
                        using,
                        newName,
                        ifExists,
                        concurrently,
                        checkText);
            }
        }
    }

    record AlterTable(String table, List<Action> actions) {}

    static @Nullable CreateIndex createIndex(Stmt s) {
        if (!s.is(0, "create")) {
            return null;
        }
        int i = 1;
        boolean unique = s.is(i, "unique");
        i = s.skip(i, "unique");
        if (!s.is(i, "index")) {
            return null;
        }
        i++;
        boolean concurrently = s.is(i, "concurrently");
        i = s.skip(i, "concurrently");
        boolean ifNotExists = s.seq(i, "if", "not", "exists");
        i = s.skip(i, "if", "not", "exists");
        String name = null;
        if (!s.is(i, "on")) {
            name = s.name(i);
            i = s.nameEnd(i);
        }
        if (!s.is(i, "on")) {
            return null;
        }
        i = s.skip(i + 1, "only");
        return new CreateIndex(name, s.name(i), unique, concurrently, ifNotExists);
    }

    static @Nullable DropIndex dropIndex(Stmt s) {
        if (!s.seq(0, "drop", "index")) {
            return null;
        }
        int i = 2;
        boolean concurrently = s.is(i, "concurrently");
        i = s.skip(i, "concurrently");
        boolean ifExists = s.seq(i, "if", "exists");
        i = s.skip(i, "if", "exists");
        List<String> names = new ArrayList<>();
        for (int[] part : s.commaParts(i, s.size())) {
            String name = s.name(part[0]);
            if (name != null && !name.equals("cascade") && !name.equals("restrict")) {
                names.add(name);
            }
        }
        return new DropIndex(names, concurrently, ifExists);
    }

    static @Nullable CreateTable createTable(Stmt s) {
        if (!s.is(0, "create")) {
            return null;
        }
        int i = 1;
        while (s.is(i, "temp")
                || s.is(i, "temporary")
                || s.is(i, "unlogged")
                || s.is(i, "global")
                || s.is(i, "local")) {
            i++;
        }
        if (!s.is(i, "table")) {
            return null;
        }
        i++;
        boolean ifNotExists = s.seq(i, "if", "not", "exists");
        i = s.skip(i, "if", "not", "exists");
        String name = s.name(i);
        i = s.nameEnd(i);
        List<ColumnDef> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        if (s.isSymbol(i, "(")) {
            int close = s.close(i);
            for (int[] part : s.commaParts(i + 1, close)) {
                int from = part[0];
                if (from >= part[1]) {
                    continue;
                }
                int k = from;
                if (s.is(k, "constraint")) {
                    k += 2;
                }
                if (s.seq(k, "primary", "key") && s.isSymbol(k + 2, "(")) {
                    for (int[] col : s.commaParts(k + 3, s.close(k + 2))) {
                        primaryKey.add(s.value(col[0]));
                    }
                } else if (!(s.is(k, "unique")
                                || s.is(k, "check")
                                || s.is(k, "foreign")
                                || s.is(k, "exclude")
                                || s.is(k, "like")
                                || s.is(k, "primary"))
                        && s.isName(from)) {
                    ColumnDef def = ColumnDef.parse(s, from, part[1]);
                    columns.add(def);
                    if (def.primaryKey()) {
                        primaryKey.add(def.name());
                    }
                }
            }
        }
        return new CreateTable(name, columns, primaryKey, ifNotExists);
    }

    /** Tables dropped by DROP TABLE, or {@code null} for other statements. */
    static @Nullable List<String> dropTable(Stmt s) {
        if (!s.seq(0, "drop", "table")) {
            return null;
        }
        int i = s.skip(2, "if", "exists");
        List<String> names = new ArrayList<>();
        for (int[] part : s.commaParts(i, s.size())) {
            String name = s.name(part[0]);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    static @Nullable AlterTable alterTable(Stmt s) {
        if (!s.seq(0, "alter", "table")) {
            return null;
        }
        int i = s.skip(2, "if", "exists");
        i = s.skip(i, "only");
        String table = s.name(i);
        if (table == null || table.equals("all")) {
            return null;
        }
        i = s.nameEnd(i);
        if (s.isSymbol(i, "*")) {
            i++;
        }
        List<Action> actions = new ArrayList<>();
        for (int[] part : s.commaParts(i, s.size())) {
            actions.add(action(s, part[0], part[1]));
        }
        return new AlterTable(table, actions);
    }

    private static Action action(Stmt s, int from, int to) {
        int i = from;
        if (s.is(i, "rename")) {
            if (s.seq(i + 1, "to")) {
                return Action.builder(ActionKind.RENAME_TABLE)
                        .newName(s.name(i + 2))
                        .build();
            }
            if (s.is(i + 1, "constraint")) {
                return Action.of(ActionKind.OTHER);
            }
            int k = s.skip(i + 1, "column");
            return Action.builder(ActionKind.RENAME_COLUMN)
                    .column(s.name(k))
                    .newName(s.name(k + 2))
                    .build();
        }
        if (s.seq(i, "detach", "partition")) {
            return Action.builder(ActionKind.DETACH_PARTITION)
                    .concurrently(s.contains(i, to, "concurrently") || s.contains(i, to, "finalize"))
                    .build();
        }
        if (s.is(i, "add")) {
            int k = i + 1;
            String constraint = null;
            if (s.is(k, "constraint")) {
                constraint = s.name(k + 1);
                k += 2;
            }
            String kind = constraintKind(s, k);
            if (kind != null) {
                boolean notValid = false;
                for (int j = k; j < to - 1; j++) {
                    if (s.seq(j, "not", "valid")) {
                        notValid = true;
                    }
                }
                boolean usingIndex =
                        s.find(k, "using") > 0 && s.find(k, "using") < to && s.is(s.find(k, "using") + 1, "index");
                String checkText =
                        kind.equals("check") && s.isSymbol(k + 1, "(") ? s.text(k + 2, s.close(k + 1)) : null;
                return Action.builder(ActionKind.ADD_CONSTRAINT)
                        .constraint(constraint, kind)
                        .notValid(notValid)
                        .usingIndex(usingIndex)
                        .checkText(checkText)
                        .build();
            }
            k = s.skip(i + 1, "column");
            boolean ifNotExists = s.seq(k, "if", "not", "exists");
            k = s.skip(k, "if", "not", "exists");
            if (k >= to || !s.isName(k)) {
                return Action.of(ActionKind.OTHER);
            }
            ColumnDef def = ColumnDef.parse(s, k, to);
            return Action.builder(ActionKind.ADD_COLUMN)
                    .def(def)
                    .ifExists(ifNotExists)
                    .build();
        }
        if (s.is(i, "drop")) {
            if (s.is(i + 1, "constraint")) {
                return Action.of(ActionKind.OTHER);
            }
            int k = s.skip(i + 1, "column");
            boolean ifExists = s.seq(k, "if", "exists");
            k = s.skip(k, "if", "exists");
            return Action.builder(ActionKind.DROP_COLUMN)
                    .column(s.name(k))
                    .ifExists(ifExists)
                    .build();
        }
        if (s.is(i, "alter")) {
            int k = s.skip(i + 1, "column");
            String column = s.name(k);
            k++;
            if (s.is(k, "type") || s.seq(k, "set", "data", "type")) {
                int typeFrom = s.is(k, "type") ? k + 1 : k + 3;
                int typeTo = typeFrom;
                while (typeTo < to && !s.is(typeTo, "using") && !s.is(typeTo, "collate")) {
                    typeTo++;
                }
                return Action.builder(ActionKind.ALTER_TYPE)
                        .column(column)
                        .newType(Types.normalize(s.text(typeFrom, typeTo)), s.contains(typeTo, to, "using"))
                        .build();
            }
            if (s.seq(k, "set", "not", "null")) {
                return Action.builder(ActionKind.SET_NOT_NULL).column(column).build();
            }
            if (s.seq(k, "drop", "not", "null")) {
                return Action.builder(ActionKind.DROP_NOT_NULL).column(column).build();
            }
            return Action.of(ActionKind.OTHER);
        }
        if (s.seq(i, "validate", "constraint")) {
            return Action.builder(ActionKind.VALIDATE)
                    .constraint(s.name(i + 2), null)
                    .build();
        }
        return Action.of(ActionKind.OTHER);
    }

    private static @Nullable String constraintKind(Stmt s, int k) {
        if (s.is(k, "check")) {
            return "check";
        }
        if (s.seq(k, "foreign", "key")) {
            return "foreign";
        }
        if (s.is(k, "unique")) {
            return "unique";
        }
        if (s.seq(k, "primary", "key")) {
            return "primary";
        }
        if (s.is(k, "exclude")) {
            return "exclude";
        }
        return null;
    }
}
