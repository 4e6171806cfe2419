package dev.migrations.lint;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one statement really did on the scratch database to relations that existed before the analysed migrations.
 *
 * @param version the migration's version
 * @param file the migration file
 * @param line the statement's line in the file
 * @param statement the statement's text
 * @param locks the lock modes it held on existing relations at its end, inside its transaction, strongest first
 *     per relation ({@code ACCESS EXCLUSIVE on table orders}); empty when nothing was observed
 * @param rewritten existing relations whose storage it replaced (their relfilenode changed): a full rewrite
 * @param scanned existing tables it read in full (sequential scans counted for its transaction)
 * @param observedLocks whether locks could be read: a statement that runs outside a transaction (CREATE INDEX
 *     CONCURRENTLY, VACUUM) is observed while it waits for a concurrent writer; one that never waited took no lock
 *     that blocks writes
 * @param error the database's message when the statement failed on the scratch database, else {@code null}
 * @since 0.1.0
 */
public record StatementTrace(
        String version,
        String file,
        int line,
        String statement,
        List<String> locks,
        List<String> rewritten,
        List<String> scanned,
        boolean observedLocks,
        @Nullable String error) {

    /** Copies the lists. */
    public StatementTrace {
        locks = List.copyOf(locks);
        rewritten = List.copyOf(rewritten);
        scanned = List.copyOf(scanned);
    }

    /** Whether it did anything to an existing relation worth reporting. */
    public boolean touchesExisting() {
        return !locks.isEmpty() || !rewritten.isEmpty() || !scanned.isEmpty() || error != null;
    }

    /** One sentence: {@code V7 line 3 took ACCESS EXCLUSIVE on table orders and rewrote table orders}. */
    public String describe() {
        String where = "V" + version + " line " + line;
        if (error != null) {
            return where + " failed on the scratch database: " + error;
        }
        List<String> parts = new ArrayList<>();
        if (!locks.isEmpty()) {
            parts.add("took " + String.join(", ", locks));
        } else if (!observedLocks) {
            parts.add("ran outside a transaction without waiting for writers (no lock that blocks writes)");
        }
        if (!rewritten.isEmpty()) {
            parts.add("rewrote " + String.join(", ", rewritten));
        }
        if (!scanned.isEmpty()) {
            parts.add("scanned " + String.join(", ", scanned) + " in full");
        }
        if (parts.isEmpty()) {
            parts.add("took no lock on an existing relation");
        }
        return where + " " + String.join(" and ", parts);
    }
}
