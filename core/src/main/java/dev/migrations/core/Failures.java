package dev.migrations.core;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the exception for a migration statement that failed: where, what the database said, what was undone. */
final class Failures {

    private Failures() {}

    static MigrationException statementFailed(
            Dialect dialect,
            MigrationsConfig config,
            ResolvedMigration migration,
            Direction direction,
            @Nullable SqlStatement statement,
            Exception ex,
            boolean transactional,
            @Nullable String ranSummary,
            List<String> invalidIndexes) {
        SQLException sql = sqlCause(ex);
        ErrorCode code = transactional ? ErrorCode.MIGRATION_FAILED : ErrorCode.NON_TRANSACTIONAL_MIGRATION_FAILED;
        if (sql != null && dialect.isLockTimeout(sql)) {
            code = ErrorCode.MIGRATION_LOCK_TIMEOUT;
        } else if (sql != null && dialect.isStatementTimeout(sql)) {
            code = ErrorCode.STATEMENT_TIMEOUT;
        }
        MigrationException.@Nullable DatabaseError error = (sql != null) ? SqlErrors.of(sql) : null;
        // line(): the line of the error itself when the server gives a position, else where the statement starts
        int errorLine = (statement != null) ? errorLine(statement, error) : 0;
        String what = (direction == Direction.UP) ? "Migration " : "Downgrade of ";
        String where = (errorLine > 0) ? " failed at line " + errorLine + "." : " failed.";
        String message = (error == null) ? " " + ex : "";
        MigrationException.Builder builder = MigrationException.builder(
                        code, what + migration.script(direction) + " (" + migration.label() + ")" + where + message)
                .script(migration.script(direction))
                .line(errorLine)
                .statement((statement != null) ? statement.sql() : null)
                .databaseError(error)
                .cause(ex);
        if (transactional) {
            builder.rolledBack("the whole " + ((direction == Direction.UP) ? "migration" : "downgrade")
                    + " and its history change: the schema is as it was before " + migration.label()
                    + ((direction == Direction.UP) ? " was attempted" : " was to be undone"));
        } else {
            builder.rolledBack("nothing: the migration runs without a transaction. " + ranSummary);
        }
        String action = (sql != null && connectionLost(sql))
                ? connectionLostAction(transactional, direction)
                : action(code, config, migration, direction);
        if (!invalidIndexes.isEmpty()) {
            // the failed concurrent build left its index behind, INVALID: name it and the statement that drops it
            action = "The failed statement left " + indexes(invalidIndexes) + " INVALID (unusable, yet kept up to date"
                    + " on every write): drop it first with " + drops(invalidIndexes) + ". " + action;
        }
        return builder.action(action).build();
    }

    /** A no-transaction migration whose statements all ran but which leaves an INVALID index is not applied. */
    static MigrationException invalidIndex(
            ResolvedMigration migration,
            Direction direction,
            @Nullable List<SqlStatement> statements,
            List<String> invalidIndexes,
            String table) {
        int count = (statements != null) ? statements.size() : 0;
        return MigrationException.builder(
                        ErrorCode.INVALID_INDEX,
                        ((direction == Direction.UP) ? "Migration " : "Downgrade of ") + migration.script(direction)
                                + " (version " + migration.version() + ") ran without an error, but "
                                + indexes(invalidIndexes) + " is INVALID: a concurrent index build failed (here or in"
                                + " an earlier run whose index IF NOT EXISTS then skipped), so the migration is not"
                                + " recorded as " + ((direction == Direction.UP) ? "applied." : "undone."))
                .script(migration.script(direction))
                .rolledBack("nothing: the migration runs without a transaction; all " + count
                        + " statement(s) ran and stay committed")
                .action("Drop the INVALID index with " + drops(invalidIndexes) + ", then "
                        + ((direction == Direction.UP)
                                ? "run repair to remove the failed row from " + table + " and start again: the"
                                        + " migration then builds the index anew."
                                : "downgrade again."))
                .build();
    }

    private static String indexes(List<String> names) {
        return ((names.size() == 1) ? "index " : "indexes ") + String.join(", ", names);
    }

    static String drops(List<String> names) {
        return String.join(
                " ",
                names.stream()
                        .map((name) -> "DROP INDEX CONCURRENTLY " + name + ";")
                        .toList());
    }

    /** The session died under the statement (pg_terminate_backend, server restart, network): not the SQL's fault. */
    private static boolean connectionLost(SQLException sql) {
        String state = sql.getSQLState();
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    private static String connectionLostAction(boolean transactional, Direction direction) {
        String again = (direction == Direction.UP) ? "start again" : "downgrade again";
        return "The connection to the database was lost while the statement ran (its session was terminated, or the"
                + " server restarted or became unreachable); the statement itself may be fine. "
                + (transactional
                        ? "The server rolled the transaction back: " + again + " once the database is reachable."
                        : "Statements that completed stay applied and the failure could not be recorded in the"
                                + " history table: check which took effect, then " + again
                                + " once the database is reachable.");
    }

    private static String action(
            ErrorCode code, MigrationsConfig config, ResolvedMigration migration, Direction direction) {
        return switch (code) {
            case MIGRATION_LOCK_TIMEOUT ->
                "A statement waited longer than " + config.optionNames().option(Option.LOCK_TIMEOUT) + " ("
                        + config.lockTimeout().toMillis() + " ms) for a table lock held by other sessions, typically a"
                        + " long transaction on the same table. Deploy when that traffic is lower, raise "
                        + config.optionNames().option(Option.LOCK_TIMEOUT) + ", or set "
                        + config.optionNames().option(Option.LOCK_TIMEOUT_RETRIES) + " to retry automatically.";
            case STATEMENT_TIMEOUT ->
                "The statement ran longer than " + config.optionNames().option(Option.STATEMENT_TIMEOUT) + " ("
                        + config.statementTimeout().toMillis() + " ms). Raise it for this deployment, or make the"
                        + " statement cheaper (for example backfill in batches in later migrations).";
            case NON_TRANSACTIONAL_MIGRATION_FAILED ->
                "Check which of the statements that ran took effect (an"
                        + " interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index that must be dropped), fix "
                        + migration.script(direction)
                        + ((direction == Direction.UP)
                                ? ", then run repair to remove the failed history row and start again."
                                : ", then downgrade again.");
            default ->
                "Fix the statement in " + migration.script(direction)
                        + ((direction == Direction.UP)
                                ? " and start again: the migration is not recorded as applied, so it runs again."
                                : " and downgrade again: the migration is still recorded as applied.");
        };
    }

    /** The file line of the error: the statement's line plus the lines before the server's error position. */
    private static int errorLine(SqlStatement statement, MigrationException.@Nullable DatabaseError error) {
        int line = statement.line();
        if (error != null && error.position() > 0) {
            String sql = statement.sql();
            int end = Math.min(error.position() - 1, sql.length());
            for (int i = 0; i < end; i++) {
                if (sql.charAt(i) == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    static String ranSummary(@Nullable List<SqlStatement> statements, int done) {
        if (statements == null) {
            return "The Java migration's changes made before the failure stay applied.";
        }
        if (done >= statements.size()) {
            return "All " + done + " statements ran and stay committed; recording the migration in the history"
                    + " table failed.";
        }
        StringBuilder text = new StringBuilder();
        if (done == 0) {
            text.append("No statement had completed; ");
        } else {
            text.append("Statement").append((done > 1) ? "s " : " ");
            for (int i = 0; i < done; i++) {
                text.append((i > 0) ? ", " : "")
                        .append(i + 1)
                        .append(" (line ")
                        .append(statements.get(i).line())
                        .append(')');
            }
            text.append(" of ").append(statements.size()).append(" ran and stay committed; ");
        }
        text.append("statement ")
                .append(done + 1)
                .append(" (line ")
                .append(statements.get(done).line())
                .append(") failed");
        int notRun = statements.size() - done - 1;
        text.append((notRun > 0) ? "; the " + notRun + " after it did not run." : ".");
        return text.toString();
    }

    static @Nullable SQLException sqlCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
