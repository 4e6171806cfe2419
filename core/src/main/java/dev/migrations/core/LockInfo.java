package dev.migrations.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who holds the migration lock, as far as the database can tell.
 *
 * @param held whether another session holds the lock
 * @param pid the server process id of the holder, or 0 when unknown
 * @param applicationName the holder's application name, or {@code null}
 * @param clientAddress the holder's client address, or {@code null}
 * @param since when the holder's current activity started (or its connection, when idle), or {@code null}
 * @since 0.1.0
 */
public record LockInfo(
        boolean held,
        int pid,
        @Nullable String applicationName,
        @Nullable String clientAddress,
        @Nullable Instant since) {

    /** The lock is free. */
    public static final LockInfo FREE = new LockInfo(false, 0, null, null, null);

    /** A human description, for logs and messages. */
    public String describe() {
        if (!held) {
            return "nobody";
        }
        StringBuilder text = new StringBuilder();
        text.append((pid > 0) ? "server process " + pid : "another session");
        if (applicationName != null && !applicationName.isBlank()) {
            text.append(" (application '").append(applicationName).append("')");
        }
        if (clientAddress != null) {
            text.append(" from ").append(clientAddress);
        }
        if (since != null) {
            text.append(", active since ").append(since);
        }
        return text.toString();
    }
}
