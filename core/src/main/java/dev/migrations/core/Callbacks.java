package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the callbacks of a migrate run at Flyway's events: the SQL callback files of the event in file name order,
 * then the {@link MigrationCallback}s that support it. A run-level callback file runs in a transaction of its own
 * (without one when its statements cannot run in one, or its .conf file says so); per-migration callbacks share the
 * migration's connection state (its transaction, when it has one).
 */
final class Callbacks {

    private static final Logger logger = LoggerFactory.getLogger(Callbacks.class);

    /** No callbacks: with no files its configuration is never read, so the defaults stand in for it. */
    static final Callbacks NONE =
            new Callbacks(List.of(), List.of(), MigrationsConfig.builder().build(), Map.of());

    private final List<SqlCallback> files;
    private final List<MigrationCallback> beans;
    private final MigrationsConfig config;
    private final Map<String, String> placeholders;

    Callbacks(
            List<SqlCallback> files,
            List<MigrationCallback> beans,
            MigrationsConfig config,
            Map<String, String> placeholders) {
        this.files = files;
        this.beans = beans;
        this.config = config;
        this.placeholders = placeholders;
    }

    boolean isEmpty() {
        return files.isEmpty() && beans.isEmpty();
    }

    /**
     * Parses every callback file before the run starts, so that a syntax error or unresolved placeholder in
     * {@code afterMigrate.sql} stops the run before anything changed, as it does for migrations.
     */
    void prepare() {
        for (SqlCallback file : files) {
            statements(file);
        }
    }

    /** Runs the run-level callbacks of {@code event}, each file in a transaction of its own when it allows one. */
    void run(Connection connection, MigrationEvent event) {
        for (SqlCallback file : SqlCallback.of(files, event)) {
            Parsed parsed = statements(file);
            execute(connection, file.location(), event, parsed.statements(), parsed.transactional(), null);
        }
        runBeans(connection, event, null, true);
    }

    /** Runs the per-migration callbacks of {@code event} in the connection's current state (the migration's). */
    void each(Connection connection, MigrationEvent event, MigrationInfo migration) {
        for (SqlCallback file : SqlCallback.of(files, event)) {
            execute(connection, file.location(), event, statements(file).statements(), false, migration);
        }
        runBeans(connection, event, migration, false);
    }

    /** Runs the callbacks of an error event, logging their own failures so that the first failure is reported. */
    void quietly(Connection connection, MigrationEvent event, @Nullable MigrationInfo migration) {
        try {
            if (migration == null) {
                run(connection, event);
            } else {
                each(connection, event, migration);
            }
        } catch (RuntimeException ex) {
            logger.warn("The {} callback failed as well: {}", event.id(), ex.getMessage());
        }
    }

    private void runBeans(Connection connection, MigrationEvent event, @Nullable MigrationInfo migration, boolean own) {
        for (MigrationCallback bean : beans) {
            if (!bean.supports(event)) {
                continue;
            }
            String name = bean.getClass().getName();
            try {
                if (own) {
                    connection.setAutoCommit(false);
                }
                bean.handle(event, connection, migration);
                if (own) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException ex) {
                rollback(connection, own);
                throw failure(name, event, null, ex);
            } finally {
                autoCommit(connection, own);
            }
        }
    }

    private void execute(
            Connection connection,
            String location,
            MigrationEvent event,
            List<SqlStatement> statements,
            boolean ownTransaction,
            @Nullable MigrationInfo migration) {
        @Nullable SqlStatement current = null;
        try {
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setEscapeProcessing(false);
                for (SqlStatement sql : statements) {
                    current = sql;
                    statement.execute(sql.sql());
                }
            }
            if (ownTransaction) {
                connection.commit();
            }
            logger.info("Ran callback {}{}", location, (migration != null) ? " for " + migration.label() : "");
        } catch (SQLException ex) {
            rollback(connection, ownTransaction);
            throw failure(location, event, current, ex);
        } finally {
            autoCommit(connection, ownTransaction);
        }
    }

    private Parsed statements(SqlCallback file) {
        String text = file.content();
        boolean replace = file.config().placeholderReplacement(config.placeholderReplacement());
        if (replace) {
            text = Placeholders.replace(
                    text, placeholders, Placeholders.Syntax.of(config), file.location(), file.name(), 1);
        }
        List<SqlStatement> statements = SqlSplitter.split(text, file.location(), 1);
        boolean transactional = !Boolean.FALSE.equals(file.config().executeInTransaction())
                && !TransactionModeCheck.needsNoTransaction(
                        statements, config.mixed(), file.location(), "callback", config.optionNames());
        return new Parsed(statements, transactional);
    }

    private record Parsed(List<SqlStatement> statements, boolean transactional) {}

    private static MigrationException failure(
            String script, MigrationEvent event, @Nullable SqlStatement statement, Exception ex) {
        MigrationException.Builder builder = MigrationException.builder(
                        ErrorCode.MIGRATION_FAILED,
                        "Callback " + script + " (" + event.id() + ") failed"
                                + ((statement != null) ? " at line " + statement.line() : "") + ": "
                                + ex.getMessage())
                .script(script)
                .action("Fix the callback (it runs at every " + event.id() + " event), then start again.")
                .cause(ex);
        if (statement != null) {
            builder.line(statement.line()).statement(statement.sql());
        }
        if (ex instanceof SQLException sql) {
            builder.databaseError(SqlErrors.of(sql));
        }
        return builder.build();
    }

    private static void rollback(Connection connection, boolean own) {
        if (own) {
            try {
                connection.rollback();
            } catch (SQLException ex) {
                logger.debug("Rollback failed (the connection is probably gone)", ex);
            }
        }
    }

    private static void autoCommit(Connection connection, boolean own) {
        if (own) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ex) {
                logger.debug("Could not switch autocommit back on", ex);
            }
        }
    }
}
