package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /**
     * Sets the per-migration lock and statement timeouts for the session, once per run rather than once per
     * migration (a round trip each); {@link #resetTimeouts} restores the session's own values.
     */
    private void setTimeouts(Connection connection) throws SQLException {
        String sql = dialect.timeoutsSql(config.lockTimeout(), config.statementTimeout(), false);
        if (!sql.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private void resetTimeouts(Connection connection) {
        String sql = dialect.resetTimeoutsSql(config.lockTimeout(), config.statementTimeout());
        if (sql != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException ex) {
                logger.debug("Could not reset the session timeouts (the connection is probably gone)", ex);
            }
        }
    }

    /**
     * Parses every migration of a run before the first one runs, so that a syntax error, an unresolved placeholder
     * or a transaction-mode problem in the last file stops the run before anything changed.
     */
    private List<ResolvedMigration.Prepared> prepare(List<ResolvedMigration> migrations, Direction direction) {
        List<ResolvedMigration.Prepared> prepared = new java.util.ArrayList<>(migrations.size());
        for (ResolvedMigration migration : migrations) {
            prepared.add(migration.prepare(direction, config, placeholders));
        }
        return prepared;
    }

    /**
     * Applies ({@link Direction#UP}) or undoes every migration in order, recording each at its rank: all of them are
     * parsed first, and the run's timeouts are set once around the whole batch.
     */
    List<ExecutedMigration> runAll(
            Connection connection,
            List<ResolvedMigration> migrations,
            List<Integer> ranks,
            Direction direction,
            Plan plan)
            throws SQLException {
        List<ResolvedMigration.Prepared> prepared;
        try {
            prepared = prepare(migrations, direction);
        } catch (MigrationException ex) {
            throw secrets.mask(ex); // a parse error quotes the statement with its placeholders replaced
        }
        List<ExecutedMigration> executed = new java.util.ArrayList<>(migrations.size());
        if (migrations.isEmpty()) {
            return executed;
        }
        SessionSettings found = SessionSettings.capture(connection, dialect); // as the connection came in
        setTimeouts(connection);
        try {
            // what each migration starts from: the settings the run found, with the run's timeouts
            SessionSettings start = (found != null) ? SessionSettings.capture(connection, dialect) : null;
            for (int i = 0; i < migrations.size(); i++) {
                ResolvedMigration migration = migrations.get(i);
                if (direction == Direction.UP
                        && migration.repeatable()
                        && (i == 0 || !migrations.get(i - 1).repeatable())) {
                    // Flyway's events before the first repeatable migration of a run
                    callbacks.run(connection, MigrationEvent.AFTER_VERSIONED);
                    callbacks.run(connection, MigrationEvent.BEFORE_REPEATABLES);
                }
                executed.add(run(
                        connection, migration, prepared.get(i), plan.info(migration), direction, ranks.get(i), start));
            }
        } finally {
            if (found != null) {
                restoreQuietly(connection, found);
            } else {
                resetTimeouts(connection);
            }
        }
        return executed;
    }

    private ExecutedMigration run(
            Connection connection,
            ResolvedMigration migration,
            ResolvedMigration.Prepared prepared,
            MigrationInfo info,
            Direction direction,
            int rank,
            SessionSettings settings)
            throws SQLException {
        // null for Java code: its statements are known only when it runs
        List<SqlStatement> statements = (migration instanceof ResolvedMigration.Code) ? null : prepared.statements();
        boolean transactional = prepared.transactional();
        listener.migrationStarting(info, direction);
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            retrySafe = false;
            try {
                if (transactional) {
                    runInTransaction(connection, migration, statements, direction, rank, start, settings, info);
                } else {
                    runWithoutTransaction(
                            connection,
                            migration,
                            statements,
                            direction,
                            rank,
                            start,
                            settings,
                            attempt < config.lockTimeoutRetries(),
                            info);
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
                        (migration.version() != null) ? migration.version().toString() : null,
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

    private void runInTransaction(
            Connection connection,
            ResolvedMigration migration,
            List<SqlStatement> statements,
            Direction direction,
            int rank,
            long start,
            SessionSettings settings,
            MigrationInfo info)
            throws SQLException {
        connection.setAutoCommit(false);
        SqlStatement current = null;
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            if (direction == Direction.UP) {
                callbacks.each(connection, MigrationEvent.BEFORE_EACH_MIGRATE, info);
            }
            if (statements != null) {
                for (SqlStatement sql : statements) {
                    current = sql;
                    statement.execute(sql.sql());
                }
            } else {
                current = null;
                runJava(connection, migration, direction);
            }
            current = null;
            if (direction == Direction.UP) {
                callbacks.each(connection, MigrationEvent.AFTER_EACH_MIGRATE, info);
            }
            // in the transaction: the history row is written as the run's role, and the commit keeps the restored
            // settings (a rollback undoes the migration's SETs by itself)
            restore(settings, connection);
            record(connection, migration, direction, rank, start, true);
            connection.commit();
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

    private void runWithoutTransaction(
            Connection connection,
            ResolvedMigration migration,
            List<SqlStatement> statements,
            Direction direction,
            int rank,
            long start,
            SessionSettings settings,
            boolean mayRetry,
            MigrationInfo info)
            throws SQLException {
        connection.setAutoCommit(true);
        if (direction == Direction.UP) {
            callbacks.each(connection, MigrationEvent.BEFORE_EACH_MIGRATE, info);
        }
        boolean up = direction == Direction.UP;
        List<String> invalidBefore = invalidIndexes(connection);
        if (up) {
            // the row exists while the migration runs, saying which statement runs: a killed run leaves a trace
            history.insert(connection, row(migration, rank, -1, false));
        }
        int done = 0;
        boolean tracking = up;
        SqlStatement current = null;
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            try {
                if (statements != null) {
                    for (SqlStatement sql : statements) {
                        current = sql;
                        if (tracking && done > 0) {
                            tracking = markRunning(connection, rank, done + 1);
                        }
                        statement.execute(sql.sql());
                        done++;
                    }
                } else {
                    runJava(connection, migration, direction);
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

    /** The INVALID indexes of the database now, as quoted qualified names (none where the dialect has none). */
    private List<String> invalidIndexes(Connection connection) throws SQLException {
        String sql = dialect.invalidIndexesQuery();
        List<String> names = new java.util.ArrayList<>();
        if (sql != null) {
            try (Statement statement = connection.createStatement();
                    java.sql.ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    names.add(SchemaHistory.quote(rs.getString(1)) + "." + SchemaHistory.quote(rs.getString(2)));
                }
            }
        }
        return names;
    }

    /**
     * The INVALID indexes this migration is answerable for: new since it started, or already INVALID and named in its
     * statements (a CREATE INDEX CONCURRENTLY IF NOT EXISTS skips an INVALID index of the same name without a word).
     */
    private List<String> leftInvalid(Connection connection, List<String> before, List<SqlStatement> statements) {
        List<String> now;
        try {
            now = invalidIndexes(connection);
        } catch (SQLException ex) {
            logger.debug("Could not look for INVALID indexes (the connection is probably gone)", ex);
            return List.of();
        }
        String text = (statements != null)
                ? String.join("\n", statements.stream().map(SqlStatement::sql).toList())
                : "";
        List<String> left = new java.util.ArrayList<>();
        for (String index : now) {
            String name = index.substring(index.indexOf("\".\"") + 3, index.length() - 1)
                    .replace("\"\"", "\"");
            boolean named = java.util.regex.Pattern.compile(
                            "(?i)(^|[^a-z0-9_$])" + java.util.regex.Pattern.quote(name) + "($|[^a-z0-9_$])")
                    .matcher(text)
                    .find();
            if (!before.contains(index) || named) {
                left.add(index);
            }
        }
        return left;
    }

    private static int millis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
    }

    private HistoryRow row(ResolvedMigration migration, int rank, int executionTime, boolean success) {
        return new HistoryRow(
                rank,
                migration.version(),
                migration.description(),
                migration.type().name(),
                migration.historyScript(),
                migration.checksum(),
                installedBy,
                null,
                executionTime,
                success);
    }

    private static void restore(SessionSettings settings, Connection connection) throws SQLException {
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

    private static void runJava(Connection connection, ResolvedMigration migration, Direction direction)
            throws SQLException {
        JavaMigration java = ((ResolvedMigration.Code) migration).java();
        try {
            if (direction == Direction.UP) {
                java.up(connection);
            } else {
                java.down(connection);
            }
        } catch (SQLException | RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    private void record(
            Connection connection,
            ResolvedMigration migration,
            Direction direction,
            int rank,
            long start,
            boolean success)
            throws SQLException {
        if (direction == Direction.DOWN) {
            history.delete(connection, rank);
            return;
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
        history.insert(
                connection,
                new HistoryRow(
                        rank,
                        migration.version(),
                        migration.description(),
                        migration.type().name(),
                        migration.historyScript(),
                        migration.checksum(),
                        installedBy,
                        null,
                        millis,
                        success));
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
