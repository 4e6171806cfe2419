package dev.migrations.core;

import java.util.List;
import java.util.Map;

/**
 * Renders what a run would send to the database as one SQL script, Alembic's {@code --sql}: the {@link Steps} the
 * run would take, printed rather than run, so every statement of every pending migration appears in order, wrapped in
 * the same transactions and followed by the same history changes, runnable with psql.
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
        List<Integer> ranks = new java.util.ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            ranks.add(plan.nextRank() + i);
        }
        print(Steps.of(session.dialect(), config, placeholders, pending, ranks, Direction.UP, session.user()));
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
        List<Integer> ranks = undo.stream().map(HistoryRow::rank).toList();
        print(Steps.of(session.dialect(), config, placeholders, migrations, ranks, Direction.DOWN, session.user()));
        return sql.toString();
    }

    private void print(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.SetTimeouts set) {
                sql.append('\n').append(set.sql()).append(";\n");
            } else if (step instanceof Step.ResetTimeouts reset) {
                sql.append('\n').append(reset.sql()).append(";\n");
            } else {
                print((Step.Migration) step);
            }
        }
    }

    private void print(Step.Migration step) {
        ResolvedMigration migration = step.migration();
        Direction direction = step.direction();
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
        for (Step.Action action : step.actions()) {
            if (action instanceof Step.Begin) {
                sql.append("BEGIN;\n");
            } else if (action instanceof Step.Execute execute) {
                sql.append(execute.statement().sql()).append(";\n");
            } else if (action instanceof Step.RunCode) {
                sql.append("-- Java migration ")
                        .append(migration.script())
                        .append(": its SQL is known only when it runs\n");
            } else if (action instanceof Step.Record record) {
                sql.append(session.history().insertSql(record.row())).append(";\n");
            } else if (action instanceof Step.Remove remove) {
                sql.append(session.history().deleteSql(remove.rank())).append(";\n");
            } else if (action instanceof Step.Commit) {
                sql.append("COMMIT;\n");
            }
        }
    }
}
