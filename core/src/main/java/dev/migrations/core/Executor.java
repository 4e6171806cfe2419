package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one migration up or down. A transactional migration and its history row commit together or not at all; a
 * no-transaction migration runs statement by statement and, on failure, says exactly which statements ran.
 */
final class Executor {

    private static final Logger logger = LoggerFactory.getLogger(Executor.class);

    private final Dialect dialect;
    private final SchemaHistory history;
    private final MigrationsConfig config;
    private final Map<String, String> placeholders;
    private final SecretPlaceholders secrets;
    private final String installedBy;
    private final MigrationListener listener;
    private final Callbacks callbacks;

    /** Whether the last failed no-transaction attempt changed nothing, so that running it again is safe. */
    private boolean retrySafe;

    Executor(
            Dialect dialect,
            SchemaHistory history,
            MigrationsConfig config,
            Map<String, String> placeholders,
            String installedBy,
            MigrationListener listener) {
        this(dialect, history, config, placeholders, installedBy, listener, Callbacks.NONE);
    }

    Executor(
            Dialect dialect,
            SchemaHistory history,
            MigrationsConfig config,
            Map<String, String> placeholders,
            String installedBy,
            MigrationListener listener,
            Callbacks callbacks) {
        this.callbacks = callbacks;
        this.dialect = dialect;
        this.history = history;
        this.config = config;
        this.placeholders = placeholders;
        this.secrets = SecretPlaceholders.of(config, placeholders);
        this.installedBy = installedBy;
        this.listener = listener;
    }

    /** Runs a step's SQL on the session (the run's timeouts, or their reset). */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void resetTimeouts(Connection connection, Step.@Nullable ResetTimeouts reset) {
        if (reset != null) {
            try {
                execute(connection, reset.sql());
            } catch (SQLException ex) {
                logger.debug("Could not reset the session timeouts (the connection is probably gone)", ex);
            }
        }
    }

    /**
     * Applies ({@link Direction#UP}) or undoes every migration in order, recording each at its rank: the
     * {@link Steps} of the run, built (every migration parsed) before the first one runs, and run here on JDBC.
     */
    List<ExecutedMigration> runAll(
            Connection connection,
            List<ResolvedMigration> migrations,
            List<Integer> ranks,
            Direction direction,
            Plan plan)
            throws SQLException {
        List<Step> steps;
        try {
            steps = Steps.of(dialect, config, placeholders, migrations, ranks, direction, installedBy);
        } catch (MigrationException ex) {
            throw secrets.mask(ex); // a parse error quotes the statement with its placeholders replaced
        }
        List<ExecutedMigration> executed = new java.util.ArrayList<>(migrations.size());
        if (steps.isEmpty()) {
            return executed;
        }
        @Nullable SessionSettings found = SessionSettings.capture(connection, dialect); // as the connection came in
        if (steps.get(0) instanceof Step.SetTimeouts set) {
            execute(connection, set.sql());
        }
        try {
            // what each migration starts from: the settings the run found, with the run's timeouts
            @Nullable SessionSettings start = (found != null) ? SessionSettings.capture(connection, dialect) : null;
            ResolvedMigration previous = null;
            for (Step step : steps) {
                if (step instanceof Step.Migration migration) {
                    if (direction == Direction.UP
                            && migration.migration().repeatable()
                            && (previous == null || !previous.repeatable())) {
                        // Flyway's events before the first repeatable migration of a run
                        callbacks.run(connection, MigrationEvent.AFTER_VERSIONED);
                        callbacks.run(connection, MigrationEvent.BEFORE_REPEATABLES);
                    }
                    executed.add(run(connection, migration, plan.info(migration.migration()), start));
                    previous = migration.migration();
                }
            }
            // the timeouts' reset is the last step; it runs in the finally block, after a failure too
        } finally {
            if (found != null) {
                restoreQuietly(connection, found);
            } else {
                resetTimeouts(connection, resetStep(steps));
            }
        }
        return executed;
    }

    private static Step.@Nullable ResetTimeouts resetStep(List<Step> steps) {
        Step last = steps.get(steps.size() - 1);
        return (last instanceof Step.ResetTimeouts reset) ? reset : null;
    }

    private ExecutedMigration run(
            Connection connection, Step.Migration step, MigrationInfo info, @Nullable SessionSettings settings)
            throws SQLException {
        ResolvedMigration migration = step.migration();
        Direction direction = step.direction();
        boolean transactional = step.transactional();
        listener.migrationStarting(info, direction);
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            retrySafe = false;
            try {
                if (transactional) {
                    runInTransaction(connection, step, start, settings, info);
                } else {
                    runWithoutTransaction(
                            connection, step, start, settings, attempt < config.lockTimeoutRetries(), info);
                }
                Duration duration = Duration.ofNanos(System.nanoTime() - start);
                logger.info(
                        "{} {} ({}) in {} ms",
                        (direction == Direction.UP) ? "Applied" : "Undid",
                        migration.label(),
                        migration.script(direction),
                        duration.toMillis());
                listener.migrationSucceeded(info, direction, duration);
                return new ExecutedMigration(
                        migration.versionText(),
                        migration.description(),
                        migration.script(direction),
                        migration.type(),
                        direction,
                        duration);
            } catch (MigrationException ex) {
                if (ex.code() == ErrorCode.MIGRATION_LOCK_TIMEOUT
                        && attempt < config.lockTimeoutRetries()
                        && (transactional || retrySafe)) {
                    logger.warn(
                            transactional
                                    ? "Migration {} waited longer than {} ms for a table lock and was rolled back; retry"
                                            + " {} of {} in {} ms"
                                    : "Migration {} waited longer than {} ms for a table lock before any of its"
                                            + " statements took effect; retry {} of {} in {} ms",
                            migration.label(),
                            config.lockTimeout().toMillis(),
                            attempt + 1,
                            config.lockTimeoutRetries(),
                            config.lockTimeoutRetryDelay().toMillis());
                    pause(config.lockTimeoutRetryDelay());
                    continue;
                }
                MigrationException masked = secrets.mask(ex);
                listener.migrationFailed(info, direction, Duration.ofNanos(System.nanoTime() - start), masked);
                if (direction == Direction.UP) {
                    callbacks.quietly(connection, MigrationEvent.AFTER_EACH_MIGRATE_ERROR, info);
                }
                throw masked;
            }
        }
    }

    /**
     * Runs a migration's steps in its transaction: {@link Step.Begin} switches autocommit off (the callbacks before
     * each migration run in it), {@link Step.Record} or {@link Step.Remove} writes the history change in the same
     * transaction, and {@link Step.Commit} commits both.
     */
    private void runInTransaction(
            Connection connection,
            Step.Migration step,
            long start,
            @Nullable SessionSettings settings,
            MigrationInfo info)
            throws SQLException {
        ResolvedMigration migration = step.migration();
        Direction direction = step.direction();
        connection.setAutoCommit(false); // the Begin step: JDBC begins the transaction with the first statement
        @Nullable SqlStatement current = null;
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (Step.Action action : step.actions()) {
                if (action instanceof Step.Begin) {
                    if (direction == Direction.UP) {
                        callbacks.each(connection, MigrationEvent.BEFORE_EACH_MIGRATE, info);
                    }
                } else if (action instanceof Step.Execute execute) {
                    current = execute.statement();
                    statement.execute(current.sql());
                } else if (action instanceof Step.RunCode code) {
                    current = null;
                    runJava(connection, code);
                } else if (action instanceof Step.Commit) {
                    connection.commit();
                } else {
                    current = null;
                    if (direction == Direction.UP) {
                        callbacks.each(connection, MigrationEvent.AFTER_EACH_MIGRATE, info);
                    }
                    // in the transaction: the history row is written as the run's role, and the commit keeps the
                    // restored settings (a rollback undoes the migration's SETs by itself)
                    restore(settings, connection);
                    writeHistory(connection, action, start);
                }
            }
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly(connection);
            if (ex instanceof MigrationException me) {
                throw me;
            }
            throw Failures.statementFailed(dialect, config, migration, direction, current, ex, true, null, List.of());
        } finally {
            autoCommitQuietly(connection); // must not hide the failure when the connection is gone
        }
    }

    /**
     * Runs a migration's steps with autocommit on, statement by statement. Its history row is opened before the first
     * statement and notes which one runs, so that a killed run leaves a trace; the {@link Step.Record} step finishes
     * it.
     */
    private void runWithoutTransaction(
            Connection connection,
            Step.Migration step,
            long start,
            @Nullable SessionSettings settings,
            boolean mayRetry,
            MigrationInfo info)
            throws SQLException {
        ResolvedMigration migration = step.migration();
        Direction direction = step.direction();
        int rank = step.rank();
        // null for Java code, whose statements are known only when it runs
        @Nullable List<SqlStatement> statements = step.runsCode() ? null : step.statements();
        connection.setAutoCommit(true);
        if (direction == Direction.UP) {
            callbacks.each(connection, MigrationEvent.BEFORE_EACH_MIGRATE, info);
        }
        boolean up = direction == Direction.UP;
        List<String> invalidBefore = InvalidIndexes.read(connection, dialect, null);
        if (up) {
            // the row exists while the migration runs, saying which statement runs: a killed run leaves a trace
            history.insert(connection, timed(((Step.Record) step.history()).row(), -1, false));
        }
        int done = 0;
        boolean tracking = up;
        @Nullable SqlStatement current = null;
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            try {
                for (Step.Action action : step.actions()) {
                    if (action instanceof Step.Execute execute) {
                        current = execute.statement();
                        if (tracking && done > 0) {
                            tracking = markRunning(connection, rank, done + 1);
                        }
                        statement.execute(current.sql());
                        done++;
                    } else if (action instanceof Step.RunCode code) {
                        runJava(connection, code);
                    }
                }
                current = null;
            } catch (SQLException | RuntimeException ex) {
                if (settings != null) {
                    restoreQuietly(connection, settings);
                }
                List<String> left = leftInvalid(connection, invalidBefore, statements);
                MigrationException failure = Failures.statementFailed(
                        dialect,
                        config,
                        migration,
                        direction,
                        current,
                        ex,
                        false,
                        Failures.ranSummary(statements, done),
                        left);
                // a retry is safe only when nothing took effect: no statement completed, no index left behind
                retrySafe = statements != null && done == 0 && left.isEmpty();
                if (up) {
                    if (retrySafe && mayRetry && failure.code() == ErrorCode.MIGRATION_LOCK_TIMEOUT) {
                        deleteQuietly(connection, rank);
                    } else {
                        finishQuietly(connection, migration, rank, start);
                    }
                }
                throw failure;
            }
            if (direction == Direction.UP) {
                callbacks.each(connection, MigrationEvent.AFTER_EACH_MIGRATE, info);
            }
            restore(settings, connection);
            List<String> left = leftInvalid(connection, invalidBefore, statements);
            if (!left.isEmpty()) {
                if (up) {
                    history.finish(connection, rank, millis(start), false);
                }
                throw Failures.invalidIndex(migration, direction, statements, left, history.qualifiedName());
            }
            if (up) {
                history.finish(connection, rank, millis(start), true);
            } else {
                history.delete(connection, rank);
            }
        }
    }

    /**
     * Notes which statement runs; false when the migration's own session changes (a SET ROLE without rights on the
     * history table) keep it from being noted, and the row then names the last statement it could.
     */
    private boolean markRunning(Connection connection, int rank, int statement) {
        try {
            history.markRunning(connection, rank, statement);
            return true;
        } catch (SQLException ex) {
            logger.debug("Could not note statement {} as running in {}", statement, history.qualifiedName(), ex);
            return false;
        }
    }

    /** The INVALID indexes the migration left: see {@link InvalidIndexes#answerableFor}. */
    private List<String> leftInvalid(
            Connection connection, List<String> before, @Nullable List<SqlStatement> statements) {
        try {
            return InvalidIndexes.answerableFor(InvalidIndexes.read(connection, dialect, null), before, statements);
        } catch (SQLException ex) {
            logger.debug("Could not look for INVALID indexes (the connection is probably gone)", ex);
            return List.of();
        }
    }

    private static int millis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
    }

    /** A step's history row with the execution time and outcome of this run. */
    private static HistoryRow timed(HistoryRow row, int executionTime, boolean success) {
        return new HistoryRow(
                row.rank(),
                row.version(),
                row.description(),
                row.type(),
                row.script(),
                row.checksum(),
                row.installedBy(),
                row.installedOn(),
                executionTime,
                success);
    }

    private static void restore(@Nullable SessionSettings settings, Connection connection) throws SQLException {
        if (settings != null) {
            int restored = settings.restore(connection);
            if (restored > 0) {
                logger.debug("Restored {} session setting(s) changed by the migration", restored);
            }
        }
    }

    private static void restoreQuietly(Connection connection, SessionSettings settings) {
        try {
            settings.restore(connection);
        } catch (SQLException ex) {
            logger.warn(
                    "Could not restore the session settings of the migration connection ({}); it is closed as it is",
                    ex.getMessage());
        }
    }

    private static void runJava(Connection connection, Step.RunCode code) throws SQLException {
        try {
            if (code.direction() == Direction.UP) {
                code.java().up(connection);
            } else {
                code.java().down(connection);
            }
        } catch (SQLException | RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    /** A transactional migration's history change: its row recorded with its execution time, or its row removed. */
    private void writeHistory(Connection connection, Step.Action change, long start) throws SQLException {
        if (change instanceof Step.Remove remove) {
            history.delete(connection, remove.rank());
            return;
        }
        history.insert(connection, timed(((Step.Record) change).row(), millis(start), true));
    }

    /** Records a failed no-transaction migration so that the next start explains instead of re-running it. */
    private void finishQuietly(Connection connection, ResolvedMigration migration, int rank, long start) {
        try {
            history.finish(connection, rank, millis(start), false);
        } catch (SQLException ex) {
            logger.warn(
                    "Could not record the failure of {} in {}: {}",
                    migration.label(),
                    history.qualifiedName(),
                    ex.getMessage());
        }
    }

    /** Removes the running row of an attempt that changed nothing and is retried. */
    private void deleteQuietly(Connection connection, int rank) {
        try {
            history.delete(connection, rank);
        } catch (SQLException ex) {
            logger.warn("Could not remove history row {} before retrying: {}", rank, ex.getMessage());
        }
    }

    private static void autoCommitQuietly(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ex) {
            logger.debug("Could not switch autocommit back on (the connection is probably gone)", ex);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ex) {
            logger.debug("Rollback failed (the connection is probably gone)", ex);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
