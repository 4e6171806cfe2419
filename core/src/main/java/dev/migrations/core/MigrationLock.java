package dev.migrations.core;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock that lets exactly one instance migrate a schema. On PostgreSQL a session-level advisory lock, taken on the
 * migration connection while it holds no open transaction: a killed process or terminated backend releases it, and a
 * {@code CREATE INDEX CONCURRENTLY} in a migration cannot deadlock against it. The wait is bounded and logged.
 */
final class MigrationLock {

    private static final Logger logger = LoggerFactory.getLogger(MigrationLock.class);

    private static final long FIRST_PAUSE_MILLIS = 50;

    private static final long MAX_PAUSE_MILLIS = 1000;

    private final Dialect dialect;

    private final long key;

    private final String table;

    /** The session's own application name while the run's name replaces it, else null. */
    private @Nullable String restoreName;

    MigrationLock(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.key = key(schema + "." + table);
        this.table = SchemaHistory.quote(schema) + "." + SchemaHistory.quote(table);
    }

    /** A stable 64-bit key (FNV-1a), the same in every JVM and version, so instances agree without coordination. */
    static long key(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    long key() {
        return key;
    }

    /**
     * Waits at most {@code config.lockWaitTimeout()} for the lock; returns how long it waited. Meanwhile the session
     * carries {@code config.applicationName()}, so that other instances name it as the holder.
     */
    Duration acquire(Connection connection, MigrationsConfig config, MigrationListener listener) throws SQLException {
        Dialect.NamedLock first = dialect.tryLockNamed(connection, key, config.applicationName());
        this.restoreName = first.previousName();
        try {
            return waitFor(first.acquired(), connection, config, listener);
        } catch (SQLException | RuntimeException ex) {
            restoreNameQuietly(connection);
            throw ex;
        }
    }

    private Duration waitFor(
            boolean acquired, Connection connection, MigrationsConfig config, MigrationListener listener)
            throws SQLException {
        long start = System.nanoTime();
        long deadline = start + config.lockWaitTimeout().toNanos();
        long nextLog = start + config.lockWaitLogInterval().toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        LockInfo holder = LockInfo.FREE;
        boolean held = acquired;
        while (!held && !(held = dialect.tryLock(connection, key))) {
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                holder = dialect.lockHolder(connection, key);
                throw timeout(config.lockWaitTimeout(), holder, config.optionNames());
            }
            if (now - nextLog >= 0) {
                holder = dialect.lockHolder(connection, key);
                Duration waited = Duration.ofNanos(now - start);
                logger.info(
                        "Waiting for the migration lock on {}: held by {}; waited {} s of {} s",
                        table,
                        holder.describe(),
                        waited.toSeconds(),
                        config.lockWaitTimeout().toSeconds());
                listener.lockWaiting(holder, waited);
                nextLog = now + config.lockWaitLogInterval().toNanos();
            }
            sleep(Math.min(pause, Math.max(1, (deadline - now) / 1_000_000)));
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        listener.lockAcquired(waited);
        return waited;
    }

    /** Releases the lock and gives the session its name back; a failure is logged, never hides the run's outcome. */
    void release(Connection connection) {
        String restore = this.restoreName;
        this.restoreName = null;
        try {
            dialect.unlock(connection, key, restore);
        } catch (SQLException | RuntimeException ex) {
            logger.warn(
                    "Could not release the migration lock on {} ({}); it is released when the connection" + " closes",
                    table,
                    ex.getMessage());
        }
    }

    private void restoreNameQuietly(Connection connection) {
        String restore = this.restoreName;
        this.restoreName = null;
        if (restore != null) {
            try {
                dialect.rename(connection, restore);
            } catch (SQLException | RuntimeException ex) {
                logger.debug("Could not give the session its application name back", ex);
            }
        }
    }

    private MigrationException timeout(Duration timeout, LockInfo holder, OptionNames names) {
        return MigrationException.builder(
                        ErrorCode.LOCK_WAIT_TIMEOUT,
                        "Timed out after " + timeout.toSeconds() + " s waiting for the migration lock on " + table
                                + ", held by " + holder.describe() + ".")
                .rolledBack("nothing: no migration ran")
                .action("Another instance is migrating, or a session holding the lock is stuck. Wait for it and"
                        + " restart, or raise " + names.option(Option.LOCK_WAIT_TIMEOUT)
                        + " for long migrations. If the holder is"
                        + " stuck, end it with SELECT pg_terminate_backend(" + holder.pid() + ") (the lock is"
                        + " released when its session ends).")
                .build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw MigrationException.builder(
                            ErrorCode.LOCK_WAIT_INTERRUPTED, "Interrupted while waiting for the migration lock.")
                    .action("The application is shutting down; nothing was migrated.")
                    .build();
        }
    }
}
