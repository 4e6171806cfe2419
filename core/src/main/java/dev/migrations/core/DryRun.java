package dev.migrations.core;

import java.util.List;
import java.util.Map;

/**
 * Renders what a run would send to the database as one SQL script, Alembic's {@code --sql}: every statement of every
 * pending migration in order, wrapped in the same transactions and followed by the same history changes, runnable
 * with psql.
 */
final class DryRun {

    private final Session session;
    private final MigrationsConfig config;
    private final Map<String, String> placeholders;
    private final StringBuilder sql = new StringBuilder();

    DryRun(Session session, MigrationsConfig config, Map<String, String> placeholders) {
        this.session = session;
        this.config = config;
        // the script shows where a secret goes, never its value
        this.placeholders = SecretPlaceholders.of(config, placeholders).masked(config, placeholders);
    }

    String upgrade(Plan plan, List<ResolvedMigration> pending, boolean createHistory) {
        sql.append("-- migrations dry run: upgrade schema \"")
                .append(session.schema())
                .append("\" from version ")
                .append((plan.current() != null) ? plan.current() : "<< empty >>")
                .append(", ")
                .append(pending.size())
                .append(" migration(s) pending\n");
        if (createHistory) {
            sql.append('\n');
            for (String ddl : session.history().createSql(config.createSchema() && config.schema() != null)) {
                sql.append(ddl).append(";\n");
            }
        }
        int rank = plan.nextRank();
        timeouts(!pending.isEmpty());
        for (ResolvedMigration migration : pending) {
            HistoryRow row = new HistoryRow(
                    rank++,
                    migration.version(),
                    migration.description(),
                    migration.type().name(),
                    migration.historyScript(),
                    migration.checksum(),
                    session.user(),
                    null,
                    0,
                    true);
            migration(migration, Direction.UP, session.history().insertSql(row));
        }
        reset(!pending.isEmpty());
        return sql.toString();
    }

    String downgrade(Plan plan, List<HistoryRow> undo, List<ResolvedMigration> migrations) {
        sql.append("-- migrations dry run: downgrade schema \"")
                .append(session.schema())
                .append("\" from version ")
                .append((plan.current() != null) ? plan.current() : "<< empty >>")
                .append(", ")
                .append(undo.size())
                .append(" migration(s) to undo\n");
        timeouts(!undo.isEmpty());
        for (int i = 0; i < undo.size(); i++) {
            migration(migrations.get(i), Direction.DOWN, session.history().deleteSql(undo.get(i)));
        }
        reset(!undo.isEmpty());
        return sql.toString();
    }

    private void migration(ResolvedMigration migration, Direction direction, String historySql) {
        // parsed first: a file whose statements cannot run in a transaction runs without one
        ResolvedMigration.Prepared prepared = migration.prepare(direction, config, placeholders);
        boolean transactional = prepared.transactional();
        sql.append("\n-- ")
                .append(
                        migration.repeatable()
                                ? "Apply repeatable migration"
                                : ((direction == Direction.UP) ? "Upgrade to" : "Downgrade from") + " version "
                                        + migration.version())
                .append(": ")
                .append(migration.description())
                .append(" (")
                .append(migration.script(direction))
                .append(")\n");
        if (transactional) {
            sql.append("BEGIN;\n");
        }
        if (migration instanceof ResolvedMigration.Code) {
            sql.append("-- Java migration ")
                    .append(migration.script())
                    .append(": its SQL is known only when it runs\n");
        } else {
            for (SqlStatement statement : prepared.statements()) {
                sql.append(statement.sql()).append(";\n");
            }
        }
        sql.append(historySql).append(";\n");
        if (transactional) {
            sql.append("COMMIT;\n");
        }
    }

    private void timeouts(boolean any) {
        String timeouts = session.dialect().timeoutsSql(config.lockTimeout(), config.statementTimeout(), false);
        if (any && !timeouts.isEmpty()) {
            sql.append('\n').append(timeouts).append(";\n");
        }
    }

    private void reset(boolean any) {
        String reset = session.dialect().resetTimeoutsSql(config.lockTimeout(), config.statementTimeout());
        if (any && reset != null) {
            sql.append('\n').append(reset).append(";\n");
        }
    }
}
