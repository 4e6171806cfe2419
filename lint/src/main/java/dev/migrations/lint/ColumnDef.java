package dev.migrations.lint;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A column definition of CREATE TABLE or ALTER TABLE ... ADD COLUMN, read from tokens.
 *
 * @param name the column name as PostgreSQL folds it
 * @param type the normalised type ({@link Types#normalize})
 * @param defaultText the DEFAULT expression's text, or {@code null} without one
 * @param defaultFrom token index where the default expression starts (-1 without one)
 * @param defaultTo token index after the default expression
 */
record ColumnDef(
        String name,
        String type,
        @Nullable String defaultText,
        int defaultFrom,
        int defaultTo,
        boolean notNull,
        boolean primaryKey,
        boolean unique,
        boolean references,
        boolean check,
        boolean identity,
        boolean generatedStored) {

    private static final Set<String> CONSTRAINT_WORDS = Set.of(
            "constraint",
            "not",
            "null",
            "default",
            "primary",
            "unique",
            "references",
            "check",
            "generated",
            "collate",
            "compression",
            "deferrable",
            "initially");

    /** Reads the definition in tokens {@code [from, to)} of {@code s}, whose first token is the column name. */
    static ColumnDef parse(Stmt s, int from, int to) {
        String name = s.value(from);
        int i = from + 1;
        int typeEnd = i;
        int depth = 0;
        while (typeEnd < to) {
            if (s.isSymbol(typeEnd, "(") || s.isSymbol(typeEnd, "[")) {
                depth++;
            } else if (s.isSymbol(typeEnd, ")") || s.isSymbol(typeEnd, "]")) {
                depth--;
            } else if (depth == 0 && CONSTRAINT_WORDS.contains(s.word(typeEnd))) {
                break;
            }
            typeEnd++;
        }
        String type = Types.normalize(s.text(i, typeEnd));
        String defaultText = null;
        int defaultFrom = -1;
        int defaultTo = -1;
        boolean notNull = false;
        boolean primaryKey = false;
        boolean unique = false;
        boolean references = false;
        boolean check = false;
        boolean identity = false;
        boolean generatedStored = false;
        for (int k = typeEnd; k < to; k++) {
            if (s.isSymbol(k, "(")) {
                k = s.close(k);
                continue;
            }
            if (s.is(k, "default")) {
                defaultFrom = k + 1;
                defaultTo = defaultFrom;
                int d = 0;
                while (defaultTo < to) {
                    if (s.isSymbol(defaultTo, "(")) {
                        d++;
                    } else if (s.isSymbol(defaultTo, ")")) {
                        d--;
                    } else if (d == 0 && CONSTRAINT_WORDS.contains(s.word(defaultTo)) && !s.is(defaultTo, "null")) {
                        break;
                    }
                    defaultTo++;
                }
                defaultText = s.text(defaultFrom, defaultTo);
                k = defaultTo - 1;
            } else if (s.seq(k, "not", "null")) {
                notNull = true;
                k++;
            } else if (s.seq(k, "primary", "key")) {
                primaryKey = true;
            } else if (s.is(k, "unique")) {
                unique = true;
            } else if (s.is(k, "references")) {
                references = true;
            } else if (s.is(k, "check")) {
                check = true;
            } else if (s.is(k, "generated")) {
                if (s.contains(k, to, "identity")) {
                    identity = true;
                } else if (s.contains(k, to, "stored")) {
                    generatedStored = true;
                }
            }
        }
        return new ColumnDef(
                name,
                type,
                defaultText,
                defaultFrom,
                defaultTo,
                notNull,
                primaryKey,
                unique,
                references,
                check,
                identity,
                generatedStored);
    }
}
