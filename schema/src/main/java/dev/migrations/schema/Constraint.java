package dev.migrations.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A primary key, unique, foreign key, check or exclusion constraint of a table.
 *
 * @param name the constraint name
 * @param kind which kind of constraint
 * @param definition the definition as {@code pg_get_constraintdef} prints it, for example
 *     {@code FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED}; it
 *     carries the actions and deferrability
 * @param columns the constrained columns in order (empty for a check that names none)
 * @param referencedTable for a foreign key, the qualified table it points at, else {@code null}
 * @param comment the constraint's comment, or {@code null}
 * @since 0.1.0
 */
public record Constraint(
        String name,
        Kind kind,
        String definition,
        List<String> columns,
        @Nullable String referencedTable,
        @Nullable String comment) {

    public Constraint {
        columns = List.copyOf(columns);
    }

    /** The kinds of table constraint read from {@code pg_constraint.contype}. */
    public enum Kind {
        PRIMARY_KEY("primary key"),
        UNIQUE("unique"),
        FOREIGN_KEY("foreign key"),
        CHECK("check"),
        EXCLUSION("exclusion");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** The kind as written in messages, for example {@code foreign key}. */
        public String text() {
            return text;
        }

        static Kind of(String contype) {
            return switch (contype) {
                case "p" -> PRIMARY_KEY;
                case "u" -> UNIQUE;
                case "f" -> FOREIGN_KEY;
                case "c" -> CHECK;
                case "x" -> EXCLUSION;
                default -> throw new IllegalArgumentException("Unknown constraint type " + contype);
            };
        }
    }
}
