package dev.migrations.schema;

import java.util.Map;

/**
 * A rename the author declares, so that autogenerate renames instead of dropping and adding:
 * {@code table.old=new} renames a table ({@code old=new} or {@code schema.old=new} also work), and
 * {@code table.column_old=column_new} renames a column of that table. Which one is meant is decided against the
 * current schema; a hint that names neither fails with {@code MIG-102}.
 *
 * @param from the left side, as written
 * @param to the new name
 * @since 0.1.0
 */
public record Rename(String from, String to) {

    /** Parses {@code left=new}. */
    public static Rename parse(String hint) {
        int eq = hint.indexOf('=');
        if (eq <= 0 || eq == hint.length() - 1) {
            throw new AutogenerateException(
                    "MIG-102",
                    "The rename hint '" + hint + "' is not of the form old=new",
                    "Write --rename table.old=new for a table or --rename table.old_column=new_column for a"
                            + " column.",
                    null);
        }
        return new Rename(hint.substring(0, eq).trim(), hint.substring(eq + 1).trim());
    }

    /** The statement that carries out this rename on {@code current}, and the one that undoes it. */
    Change[] statements(SchemaSnapshot current) {
        String left = from.startsWith("table.") ? from.substring("table.".length()) : from;
        Map<String, Table> tables = current.tables();
        int dot = left.lastIndexOf('.');
        if (dot > 0) {
            String table = left.substring(0, dot);
            String column = left.substring(dot + 1);
            Table owner = tables.get(table.contains(".") ? table : Names.qualified("public", table));
            if (owner != null && owner.columns().containsKey(column)) {
                String alter = "ALTER TABLE " + owner.qualifiedName() + " RENAME COLUMN ";
                String what = "column " + owner.qualifiedName() + "." + column;
                return new Change[] {
                    Change.of("rename " + what + " to " + to, alter + Names.quote(column) + " TO " + Names.quote(to)),
                    Change.of(
                            "rename column back to " + column,
                            alter.replace(owner.qualifiedName(), owner.qualifiedName()) + Names.quote(to) + " TO "
                                    + Names.quote(column))
                };
            }
        }
        Table table = tables.get(left.contains(".") ? left : Names.qualified("public", left));
        if (table != null) {
            return new Change[] {
                Change.of(
                        "rename table " + table.qualifiedName() + " to " + to,
                        "ALTER TABLE " + table.qualifiedName() + " RENAME TO " + Names.quote(to)),
                Change.of(
                        "rename table " + to + " back to " + table.name(),
                        "ALTER TABLE " + Names.qualified(table.schema(), to) + " RENAME TO "
                                + Names.quote(table.name()))
            };
        }
        throw new AutogenerateException(
                "MIG-102",
                "The rename hint " + from + "=" + to + " names no table or column of the schema the migrations build",
                "Name an existing table (table.old=new) or column (table.old_column=new_column).",
                null);
    }
}
