package dev.migrations.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: versions a database schema from migration files (and Java migrations). Each operation opens one
 * connection, does its work and closes it; a {@code Migrator} is immutable and safe to share.
 *
 * <pre>
 * Migrator migrator = Migrator.create(dataSource, MigrationsConfig.builder().build());
 * migrator.migrate();          // upgrade head
 * migrator.downgrade(1);       // downgrade -1
 * migrator.info();             // current + history
 * migrator.dryRun();           // upgrade head --sql
 * </pre>
 *
 * @since 0.1.0
 */
public final class Migrator {

    private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

    private final DataSource dataSource;

    private final MigrationsConfig config;

    private final Listeners listeners;

    private Migrator(DataSource dataSource, MigrationsConfig config) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.config = Objects.requireNonNull(config, "config");
        this.listeners = new Listeners(config.listeners());
    }

    /** A migrator for {@code dataSource} with {@code config}. */
    public static Migrator create(DataSource dataSource, MigrationsConfig config) {
        return new Migrator(dataSource, config);
    }

    public MigrationsConfig config() {
        return config;
    }

    /** Applies every pending migration up to the configured target (the latest by default). */
    public MigrationResult migrate() {
        return migrate(config.target());
    }

    /**
     * Applies every pending migration up to {@code target} ({@code null} or {@code "latest"} for all). A start with
     * nothing to do reads the history once and takes no lock.
     */
    public MigrationResult migrate(@Nullable String targetVersion) {
        return run(Operation.History.DECISIONS, new Upgrade(targetVersion));
    }

    /**
     * Undoes the newest {@code steps} applied migrations, newest first. Asking for more steps than are applied
     * undoes nothing and fails: {@code downgradeTo("base")} is how to undo everything.
     */
    public MigrationResult downgrade(int steps) {
        return run(Operation.History.FULL, Downgrade.newest(steps, config.optionNames()));
    }

    /**
     * Undoes every applied migration above {@code target} ({@code "base"} or {@code "0"} for all of them). A target
     * that is neither applied nor local, or above the current version, undoes nothing and fails.
     */
    public MigrationResult downgradeTo(String target) {
        return run(Operation.History.FULL, Downgrade.above(target));
    }

    /** Where the schema stands: every migration with its state, the current version and the lock holder. */
    public MigrationStatus info() {
        return run(Operation.History.FULL, (Operation.ReadOnly<MigrationStatus>) (run) -> {
            Session session = run.session();
            List<String> invalidIndexes = session.invalidIndexes();
            for (String index : invalidIndexes) {
                logger.warn(
                        "Index {} is INVALID: a failed CREATE INDEX CONCURRENTLY left it; drop it with DROP INDEX"
                                + " CONCURRENTLY {};",
                        index,
                        index);
            }
            LockInfo lock;
            try {
                lock = session.dialect()
                        .lockHolder(session.connection(), session.lock().key());
            } catch (SQLException ex) {
                lock = LockInfo.FREE; // the status is still worth returning without the lock
                logger.debug("Could not read the migration lock holder", ex);
            }
            return run.status(lock, invalidIndexes);
        });
    }

    /**
     * Checks without changing anything that every applied migration matches its file and nothing is pending or out
     * of order; throws the first problem as a {@link MigrationException}.
     */
    public MigrationStatus validate() {
        return run(Operation.History.FULL, (Operation.ReadOnly<MigrationStatus>) (run) -> {
            Session session = run.session();
            Plan plan = run.plan();
            Validation.check(plan, config.toBuilder().validateOnMigrate(true).build(), run.table(), session.history());
            List<String> invalid = session.invalidIndexes();
            if (!invalid.isEmpty()) {
                throw Validation.invalidIndexes(session.schema(), invalid);
            }
            List<ResolvedMigration> pending =
                    plan.pending(Targets.upgrade(config.target(), plan, config.optionNames()));
            if (!pending.isEmpty()) {
                throw Validation.pending(pending, run.table(), config.optionNames());
            }
            run.warnMissing();
            return run.status(LockInfo.FREE, List.of());
        });
    }

    /**
     * Records that the schema is already at the baseline version without running anything (Alembic's {@code stamp});
     * migrations up to that version are then skipped. Only allowed while nothing is applied.
     */
    public MigrationResult baseline() {
        return run(Operation.History.NONE, (Operation.Locked<MigrationResult>) (run, waited) -> {
            Session session = run.session();
            HistorySnapshot history = session.readHistory();
            List<HistoryRow> rows = history.rows();
            if (rows.stream().anyMatch((row) -> row.version() != null)) {
                throw MigrationException.builder(
                                ErrorCode.BASELINE_NOT_ALLOWED,
                                "Cannot baseline schema "
                                        + run.quoted() + ": " + run.table() + " already records "
                                        + rows.size() + " migration(s).")
                        .action("Baseline only a schema that has no history yet; to start over, drop the"
                                + " history table first.")
                        .build();
            }
            if (!history.exists()) {
                session.createHistory(config.createSchema());
            }
            String message = run.insertBaseline(history.nextRank());
            return run.result(
                    MigrationResult.Operation.BASELINE,
                    null,
                    config.baselineVersion(),
                    List.of(),
                    waited,
                    List.of(message),
                    run.read(false));
        });
    }

    /** Removes failed rows from the history and records the current checksum of changed migrations. */
    public MigrationResult repair() {
        return run(Operation.History.NONE, (Operation.Locked<MigrationResult>) (run, waited) -> {
            Session session = run.session();
            HistorySnapshot history = session.readHistory();
            List<String> messages = new ArrayList<>();
            Plan plan = Plan.of(run.local(), history);
            if (history.exists()) {
                int removed = session.history().deleteFailed(session.connection());
                if (removed > 0) {
                    messages.add("Removed " + removed + " failed migration row(s) from " + run.table());
                }
                for (ResolvedMigration migration : plan.changed()) {
                    // a changed migration is one with a row of its version
                    HistoryRow row = Objects.requireNonNull(plan.row(migration.requireVersion()));
                    session.history()
                            .updateChecksum(
                                    session.connection(),
                                    row.rank(),
                                    migration.checksum(),
                                    migration.description(),
                                    migration.historyScript());
                    messages.add("Recorded checksum " + migration.checksum() + " (was " + row.checksum()
                            + ") for version " + migration.version());
                }
            }
            messages.forEach(logger::info);
            // removing failed rows and new checksums leave the current version as it was
            String version = history.exists() ? plan.currentVersion() : null;
            Plan after = messages.isEmpty() ? plan : run.read(false);
            return run.result(MigrationResult.Operation.REPAIR, version, version, List.of(), waited, messages, after);
        });
    }

    /** The exact SQL that {@link #migrate()} would run, in order, without running anything. */
    public String dryRun() {
        return dryRun(config.target());
    }

    /** The exact SQL that {@link #migrate(String)} would run, in order, without running anything. */
    public String dryRun(@Nullable String target) {
        return run(Operation.History.FULL, (Operation.ReadOnly<String>) (run) -> {
            Plan plan = run.plan();
            run.check(true);
            List<ResolvedMigration> pending = plan.pending(Targets.upgrade(target, plan, config.optionNames()));
            boolean noHistory = !run.history().exists();
            if (noHistory && !pending.isEmpty()) {
                run.adopting();
            }
            Session session = run.session();
            return new DryRun(session, config, session.placeholders(config)).upgrade(plan, pending, noHistory);
        });
    }

    /** The exact SQL that {@link #downgrade(int)} would run, without running anything. */
    public String dryRunDowngrade(int steps) {
        Downgrade downgrade = Downgrade.newest(steps, config.optionNames());
        return run(Operation.History.FULL, (Operation.ReadOnly<String>) downgrade::dryRun);
    }

    /** The exact SQL that {@link #downgradeTo(String)} would run, without running anything. */
    public String dryRunDowngradeTo(String target) {
        Downgrade downgrade = Downgrade.above(target);
        return run(Operation.History.FULL, (Operation.ReadOnly<String>) downgrade::dryRun);
    }

    /**
     * The one run every operation is: open the session → resolve the local migrations → read the history (as much as
     * {@code history} says) → plan → act, under the lock when the operation needs it → release the lock → close the
     * connection → tell the listeners the run finished. The listeners hear it last, so that one that reads the
     * status or migrates again neither waits for this run's lock nor needs a second connection while it holds one.
     */
    private <R> R run(Operation.History history, Operation<R> operation) {
        R outcome;
        Boolean prefetch = (history == Operation.History.NONE) ? null : history == Operation.History.FULL;
        try (Session session = Session.open(dataSource, config, prefetch)) {
            Run run = new Run(session, config, listeners, resolve(session));
            try {
                if (history != Operation.History.NONE) {
                    run.read(history == Operation.History.FULL);
                }
                outcome = operation.unlocked(run);
                if (outcome == null) {
                    Duration waited = session.lock().acquire(session.connection(), config, listeners);
                    try {
                        outcome = operation.locked(run, waited);
                    } finally {
                        session.lock().release(session.connection());
                    }
                }
            } catch (SQLException ex) {
                throw session.historyError("The migration run failed on " + run.table() + ".", ex);
            }
        }
        if (outcome instanceof MigrationResult result) {
            listeners.runFinished(result);
        }
        return outcome;
    }

    /** The local migrations and callbacks, repeatable checksums computed with this session's placeholders. */
    private MigrationResolver.Local resolve(Session session) {
        return MigrationResolver.resolve(config, session.dialect().vendor(), session.placeholders(config));
    }
}
