package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the migration connection within a bounded time and turns connection failures into messages that name the
 * cause. A driver or pool may wait forever (a server that accepts TCP but never answers); the engine never does.
 */
final class Connections {

    private static final Logger logger = LoggerFactory.getLogger(Connections.class);

    /** How often a connection attempt that gets no answer is logged: no long silence before the timeout. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private Connections() {}

    /**
     * The threads that open connections, so that the caller can stop waiting; kept for a minute after use, so that
     * repeated calls (health probes, the endpoint) do not start a thread each.
     */
    private static final ExecutorService OPENERS = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "migrations-connect");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens a connection within {@code timeout}; {@code names} spells the connect timeout in messages. */
    static Connection open(DataSource dataSource, Duration timeout, OptionNames names) {
        CompletableFuture<Connection> future = new CompletableFuture<>();
        OPENERS.execute(() -> {
            try {
                Connection connection = dataSource.getConnection();
                if (!future.complete(connection)) {
                    closeQuietly(connection); // too late: the caller has given up
                }
            } catch (Throwable ex) {
                future.completeExceptionally(ex);
            }
        });
        try {
            return await(future, timeout, names);
        } catch (TimeoutException ex) {
            if (!future.cancel(false) && !future.isCompletedExceptionally()) {
                return future.join();
            }
            throw MigrationException.builder(
                            ErrorCode.CONNECTION_FAILED,
                            "The database did not answer within " + timeout.toSeconds() + " s ("
                                    + names.option(Option.CONNECT_TIMEOUT) + ").")
                    .connectionFailure(ConnectionFailure.TIMEOUT)
                    .action("Check that the database is running and reachable from here (host, port, firewall),"
                            + " or raise " + names.option(Option.CONNECT_TIMEOUT) + " if it is just slow to start.")
                    .build();
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            throw classify((cause != null) ? cause : ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            ConnectionFailure interrupted = ConnectionFailure.INTERRUPTED;
            throw MigrationException.builder(ErrorCode.CONNECTION_FAILED, interrupted.summary())
                    .connectionFailure(interrupted)
                    .action(interrupted.action())
                    .build();
        }
    }

    /** Waits for {@code future} at most {@code timeout}, logging every {@link #PROGRESS_INTERVAL} that it waits. */
    private static Connection await(CompletableFuture<Connection> future, Duration timeout, OptionNames names)
            throws InterruptedException, ExecutionException, TimeoutException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                return future.get(Math.min(left, PROGRESS_INTERVAL.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException ex) {
                long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
                if (System.nanoTime() - deadline < 0) {
                    logger.info(
                            "Connecting to the database: no answer after {} s; giving up after {} s ({})",
                            waited,
                            timeout.toSeconds(),
                            names.option(Option.CONNECT_TIMEOUT));
                }
            }
        }
    }

    /** Names the cause of a failed connection attempt ({@link ConnectionFailure#of}). */
    static MigrationException classify(Throwable ex) {
        SQLException sql = Failures.sqlCause(ex);
        ConnectionFailure failure = ConnectionFailure.of(ex);
        MigrationException.Builder builder = MigrationException.builder(
                        ErrorCode.CONNECTION_FAILED, failure.summary() + rootMessage(ex))
                .connectionFailure(failure)
                .action(failure.action())
                .cause(ex);
        if (sql != null && sql.getSQLState() != null) {
            builder.databaseError(SqlErrors.of(sql));
        }
        return builder.build();
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
        if (root != ex && root.getMessage() != null && !first.contains(root.getMessage())) {
            return first + " (" + root + ")";
        }
        return first;
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ex) {
            // nothing to do: we are abandoning it
        }
    }
}
