package dev.migrations.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The migration between two schemas: the statements that turn the current schema into the desired one (up), those
 * that turn it back (down), and what the reader should know (possible renames, what cannot be done in place).
 *
 * @param up statements from the current to the desired schema, in dependency order
 * @param down statements from the desired back to the current schema, in dependency order
 * @param notes remarks for the author, for example {@code possible rename: table public.customers -> public.clients}
 * @param noTransaction whether the migration must run outside a transaction (a concurrent index)
 * @since 0.1.0
 */
public record SchemaMigration(List<Change> up, List<Change> down, List<String> notes, boolean noTransaction) {

    public SchemaMigration {
        up = List.copyOf(up);
        down = List.copyOf(down);
        notes = List.copyOf(notes);
    }

    /** Whether the two schemas are equal, so there is nothing to write. */
    public boolean isEmpty() {
        return up.isEmpty() && down.isEmpty();
    }

    /** {@code no changes}, or one line per up statement ({@code + add column ...}, destructive ones with {@code !}). */
    public String summary() {
        if (isEmpty()) {
            return "no changes";
        }
        return up.stream()
                        .map(c -> (c.destructive() ? "  ! " : "  + ") + c.description())
                        .collect(Collectors.joining("\n"))
                + notes.stream().map(n -> "\n  ? " + n).collect(Collectors.joining());
    }

    /**
     * The migration file: the no-transaction directive when needed, the notes as comments, the up statements, a
     * {@code -- migrate:down} line and the down statements. Destructive statements are preceded by a
     * {@code -- destructive: ...} comment.
     */
    public String render() {
        StringBuilder file = new StringBuilder();
        if (noTransaction) {
            file.append("-- migrate:no-transaction\n");
        }
        for (String note : notes) {
            file.append("-- ").append(note).append('\n');
        }
        if (!notes.isEmpty() || noTransaction) {
            file.append('\n');
        }
        append(file, up);
        file.append("\n-- migrate:down\n");
        append(file, down);
        return file.toString();
    }

    private static void append(StringBuilder file, List<Change> changes) {
        for (Change change : changes) {
            if (change.destructive()) {
                file.append("-- destructive: ").append(change.description()).append('\n');
            }
            file.append(change.sql()).append(";\n");
        }
    }
}
