package dev.migrations.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Migrator#downgrade(int)} and {@link Migrator#downgradeTo(String)}: the rows to undo are fixed when the
 * downgrade is asked for and checked then, without the lock; under the lock they are checked again against the
 * history as it is now, and undone newest first.
 */
final class Downgrade implements Operation<MigrationResult> {

    private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

    private final Selection select;

    /** The rows to undo as they were when the downgrade was asked for; set before the lock is taken. */
    private List<HistoryRow> asked = List.of();

    private Downgrade(Selection select) {
        this.select = select;
    }

    /** Undoes the newest {@code steps} of the applied rows. */
    static Downgrade newest(int steps, OptionNames names) {
        if (steps < 1) {
            throw MigrationException.builder(ErrorCode.INVALID_CONFIGURATION, "Cannot downgrade " + steps + " steps.")
                    .action("Give a number of steps of 1 or more, or a target version.")
                    .build();
        }
        return new Downgrade((applied, plan, table) -> {
            if (steps > applied.size()) {
                throw Downgrades.tooManySteps(steps, applied, table, names);
            }
            return applied.subList(0, steps);
        });
    }

    /** Undoes the applied rows above {@code target} ({@code "base"} or {@code "0"}: all of them). */
    static Downgrade above(String target) {
        Objects.requireNonNull(target, "target");
        Version version = Targets.isBase(target) ? null : Targets.parse(target);
        return new Downgrade((applied, plan, table) -> {
            if (version != null) {
                Downgrades.checkTarget(target, version, plan);
            }
            return applied.stream()
                    .filter((row) -> version == null || row.migrationVersion().compareTo(version) > 0)
                    .toList();
        });
    }

    /**
     * Chooses, from the applied rows (newest first), the rows a downgrade undoes; throws when the request does not
     * fit the history, so that nothing is undone.
     */
    @FunctionalInterface
    private interface Selection {
        List<HistoryRow> select(List<HistoryRow> applied, Plan plan, String table);
    }

    @Override
    public @Nullable MigrationResult unlocked(Run run) {
        Plan plan = run.plan();
        Validation.checkFailed(plan, run.table(), false, run.config().optionNames());
        asked = appliedNewestFirst(run.history());
        Downgrades.check(plan, select.select(asked, plan, run.table()), run.session());
        return null;
    }

    @Override
    public MigrationResult locked(Run run, Duration waited) throws SQLException {
        Session session = run.session();
        Plan plan = run.read(true);
        Validation.checkFailed(plan, run.table(), run.config().optionNames());
        List<HistoryRow> applied = appliedNewestFirst(run.history());
        Downgrades.checkUnchanged(asked, applied, run.table(), waited);
        List<HistoryRow> undo = select.select(applied, plan, run.table());
        List<ResolvedMigration> migrations = Downgrades.check(plan, undo, session);
        String initial = plan.currentVersion();
        run.listeners().runStarting(MigrationResult.Operation.DOWNGRADE, undo.size());
        List<Integer> ranks = undo.stream().map(HistoryRow::rank).toList();
        List<ExecutedMigration> executed =
                run.executor(Callbacks.NONE).runAll(session.connection(), migrations, ranks, Direction.DOWN, plan);
        String version = Downgrades.versionAfter(applied, undo.size());
        logger.info(
                "Downgraded schema {} by {} migration(s), now at version {}",
                run.quoted(),
                executed.size(),
                (version != null) ? version : "<< empty >>");
        return run.result(
                MigrationResult.Operation.DOWNGRADE, initial, version, executed, waited, List.of(), run.read(false));
    }

    /** The SQL this downgrade would run, from the history read without the lock. */
    String dryRun(Run run) {
        Session session = run.session();
        Plan plan = run.plan();
        List<HistoryRow> undo = select.select(appliedNewestFirst(run.history()), plan, run.table());
        List<ResolvedMigration> migrations = Downgrades.check(plan, undo, session);
        return new DryRun(session, run.config(), session.placeholders(run.config())).downgrade(plan, undo, migrations);
    }

    /** Successfully applied rows, most recently applied first: the order in which downgrades undo them. */
    private static List<HistoryRow> appliedNewestFirst(HistorySnapshot history) {
        return history.rows().stream()
                .filter((row) -> row.isMigration() && row.success())
                .sorted(Comparator.comparingInt(HistoryRow::rank).reversed())
                .toList();
    }
}
