package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the one list of {@link Step}s a run sends to the database: the run's timeouts, then each migration with its
 * transaction, statements and history change, then the timeouts reset.
 *
 * <p>It exists so that {@link Executor} and {@link DryRun} interpret the same list rather than each deciding
 * transactions, timeouts and history rows for itself.
 */
final class Steps {

    private Steps() {}

    /**
     * The steps of a run. Every migration is parsed here, before the first one runs, so that a syntax error, an
     * unresolved placeholder or a transaction-mode problem in the last file stops the run before anything changed.
     *
     * @param ranks the history rank of each migration: where an upgrade records it, or which row a downgrade removes
     * @param installedBy the user the history rows name
     * @return no step at all when there is no migration
     */
    static List<Step> of(
            Dialect dialect,
            MigrationsConfig config,
            Map<String, String> placeholders,
            List<ResolvedMigration> migrations,
            List<Integer> ranks,
            Direction direction,
            String installedBy) {
        List<Step.Migration> prepared = new ArrayList<>(migrations.size());
        for (int i = 0; i < migrations.size(); i++) {
            prepared.add(migration(migrations.get(i), config, placeholders, direction, ranks.get(i), installedBy));
        }
        List<Step> steps = new ArrayList<>(prepared.size() + 2);
        if (prepared.isEmpty()) {
            return steps;
        }
        String timeouts = dialect.timeoutsSql(config.lockTimeout(), config.statementTimeout(), false);
        if (!timeouts.isEmpty()) {
            steps.add(new Step.SetTimeouts(timeouts));
        }
        steps.addAll(prepared);
        String reset = dialect.resetTimeoutsSql(config.lockTimeout(), config.statementTimeout());
        if (reset != null) {
            steps.add(new Step.ResetTimeouts(reset));
        }
        return steps;
    }

    private static Step.Migration migration(
            ResolvedMigration migration,
            MigrationsConfig config,
            Map<String, String> placeholders,
            Direction direction,
            int rank,
            String installedBy) {
        // parsed first: a file whose statements cannot run in a transaction runs without one
        ResolvedMigration.Prepared prepared = migration.prepare(direction, config, placeholders);
        List<Step.Action> actions = new ArrayList<>(prepared.statements().size() + 4);
        if (prepared.transactional()) {
            actions.add(new Step.Begin());
        }
        if (migration instanceof ResolvedMigration.Code code) {
            actions.add(new Step.RunCode(code.java(), direction));
        } else {
            for (SqlStatement statement : prepared.statements()) {
                actions.add(new Step.Execute(statement));
            }
        }
        if (direction == Direction.UP) {
            actions.add(new Step.Record(new HistoryRow(
                    rank,
                    migration.version(),
                    migration.description(),
                    migration.type().name(),
                    migration.historyScript(),
                    migration.checksum(),
                    installedBy,
                    null,
                    0,
                    true)));
        } else {
            actions.add(new Step.Remove(rank));
        }
        if (prepared.transactional()) {
            actions.add(new Step.Commit());
        }
        return new Step.Migration(migration, direction, rank, actions);
    }
}
