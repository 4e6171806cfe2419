package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Waits until the database answers a query, bounded (like {@code dbmate wait}): for deploy scripts and containers
 * that start next to a database still starting. Retries what may pass with time (refused, unknown host while the
 * network comes up, a server still starting); gives up at once on what will not (wrong password, missing database).
 *
 * @since 0.1.0
 */
public final class DatabaseWait {

    private static final Duration PAUSE = Duration.ofMillis(250);

    private DatabaseWait() {}

    /** Returns how long it waited once {@code SELECT 1} answers; throws the last failure after {@code timeout}. */
    public static Duration until(DataSource dataSource, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            MigrationException failure;
            try (Connection connection = Connections.open(
                            dataSource, Duration.ofNanos(Math.max(left, 1_000_000)), OptionNames.ENGINE);
                    Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
                return Duration.ofNanos(System.nanoTime() - start);
            } catch (MigrationException ex) {
                failure = ex;
            } catch (SQLException ex) {
                failure = Connections.classify(ex);
            }
            ConnectionFailure kind =
                    (failure.connectionFailure() != null) ? failure.connectionFailure() : ConnectionFailure.OTHER;
            if (!kind.retryable()) {
                throw failure; // waiting does not fix a password or create a database
            }
            if (System.nanoTime() + PAUSE.toNanos() >= deadline) {
                throw MigrationException.builder(
                                ErrorCode.CONNECTION_FAILED,
                                "The database did not answer within " + timeout.toMillis() + " ms. Last attempt: "
                                        + failure.summary())
                        .connectionFailure(kind)
                        .action((failure.action() != null) ? failure.action() : "Check that the database is running.")
                        .cause(failure)
                        .build();
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }
}
