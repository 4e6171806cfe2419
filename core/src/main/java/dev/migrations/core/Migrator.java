package dev.migrations.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
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
    public MigrationResult migrate(String targetVersion) {
        long start = System.nanoTime();
        try (Session session = Session.open(dataSource, config)) {
            MigrationResolver.Local found = resolve(session);
            List<ResolvedMigration> local = found.migrations();
            List<HistoryRow> rows = session.readHistory(false);
            Plan plan = Plan.of(local, rows);
            Version target = target(targetVersion, plan);
            boolean baseline = rows == null && config.baselineOnMigrate();
            // callbacks run at every migrate, also with nothing pending (beforeMigrate, afterMigrate), as in Flyway
            boolean callbacks = found.hasCallbacks(config);
            if (!baseline) {
                if (plan.hasProblems()) {
                    plan = Plan.of(local, session.readHistory(true)); // the error shows who applied what, and when
                }
                // a no-transaction migration recorded as running: wait for the lock, then know whether it ended
                check(plan, session, false);
                if (plan.pending(target).isEmpty() && !plan.running() && !callbacks) {
                    return upToDate(session, plan, start);
                }
            }
            Callbacks run = callbacks
                    ? new Callbacks(found.callbacks(), config.callbacks(), config, session.placeholders(config))
                    : Callbacks.NONE;
            return locked(session, (waited) -> {
                try {
                    return applyPending(session, local, target, waited, start, run);
                } catch (RuntimeException ex) {
                    run.quietly(session.connection(), MigrationEvent.AFTER_MIGRATE_ERROR, null);
                    throw ex;
                }
            });
        }
    }

    private MigrationResult upToDate(Session session, Plan plan, long start) {
        warnMissing(plan, session);
        logger.info(
                "Schema {} is up to date at version {}: no migration necessary",
                quoted(session),
                (plan.current() != null) ? plan.current() : "<< empty >>");
        String version = plan.currentVersion();
        return finish(new MigrationResult(
                MigrationResult.Operation.MIGRATE,
                session.schema(),
                version,
                version,
                List.of(),
                Duration.ZERO,
                elapsed(start),
                List.of()));
    }

    private MigrationResult applyPending(
            Session session,
            List<ResolvedMigration> local,
            Version target,
            Duration waited,
            long start,
            Callbacks callbacks)
            throws SQLException {
        List<HistoryRow> rows = session.readHistory(); // again: another instance may have migrated meanwhile
        List<String> messages = new ArrayList<>();
        if (rows == null) {
            boolean baseline = adopting(session);
            session.createHistory(config.createSchema());
            if (baseline) {
                messages.add(insertBaseline(session, 1));
            }
            rows = session.readHistory();
        }
        Plan plan = Plan.of(local, rows);
        check(plan, session);
        warnMissing(plan, session);
        List<ResolvedMigration> pending = plan.pending(target);
        String initial = plan.currentVersion();
        checkPending(session, local, pending);
        callbacks.prepare();
        callbacks.run(session.connection(), MigrationEvent.BEFORE_MIGRATE);
        listeners.runStarting(MigrationResult.Operation.MIGRATE, pending.size());
        Version last = lastVersion(pending);
        if (!pending.isEmpty()) {
            logger.info(
                    "Migrating schema {} from version {} to {}: {} pending",
                    quoted(session),
                    (initial != null) ? initial : "<< empty >>",
                    (last != null) ? last : ((initial != null) ? initial : "<< empty >>"),
                    pending.size());
        }
        List<Integer> ranks = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            ranks.add(plan.nextRank() + i);
        }
        List<ExecutedMigration> executed =
                executor(session, callbacks).runAll(session.connection(), pending, ranks, Direction.UP, plan);
        if (pending.stream().noneMatch(ResolvedMigration::repeatable)) {
            callbacks.run(session.connection(), MigrationEvent.AFTER_VERSIONED); // else it ran before the first one
        }
        String version = (last == null) ? initial : last.toString();
        if (plan.current() != null && version != null && Version.parse(version).compareTo(plan.current()) < 0) {
            version = initial; // an out-of-order migration does not move the current version back
        }
        MigrationResult result = new MigrationResult(
                MigrationResult.Operation.MIGRATE,
                session.schema(),
                initial,
                version,
                executed,
                waited,
                elapsed(start),
                messages);
        if (!executed.isEmpty()) {
            callbacks.run(session.connection(), MigrationEvent.AFTER_MIGRATE_APPLIED);
        }
        callbacks.run(session.connection(), MigrationEvent.AFTER_MIGRATE);
        if (executed.isEmpty()) {
            logger.info("Schema {} is up to date at version {}: no migration necessary", quoted(session), version);
        } else {
            logger.info(
                    "Successfully applied {} migration(s) to schema {}, now at version {} ({} ms)",
                    executed.size(),
                    quoted(session),
                    version,
                    result.total().toMillis());
        }
        return finish(result);
    }

    /** Runs the configured {@link PendingCheck}s; only a run with something pending reads the scripts for them. */
    private void checkPending(Session session, List<ResolvedMigration> local, List<ResolvedMigration> pending) {
        if (config.pendingChecks().isEmpty() || pending.isEmpty()) {
            return;
        }
        Map<String, String> placeholders = session.placeholders(config);
        List<MigrationScript> scripts = new ArrayList<>();
        for (ResolvedMigration migration : local) {
            if (migration instanceof ResolvedMigration.VersionedSql sql) {
                scripts.add(sql.script(config, placeholders));
            }
        }
        Set<String> versions = new LinkedHashSet<>();
        pending.stream()
                .filter((migration) -> !migration.repeatable())
                .forEach((migration) -> versions.add(migration.version().toString()));
        for (PendingCheck check : config.pendingChecks()) {
            check.check(List.copyOf(scripts), Set.copyOf(versions), session.database());
        }
    }

    /**
     * Undoes the newest {@code steps} applied migrations, newest first. Asking for more steps than are applied
     * undoes nothing and fails: {@code downgradeTo("base")} is how to undo everything.
     */
    public MigrationResult downgrade(int steps) {
        return downgrade(newest(steps));
    }

    /**
     * Undoes every applied migration above {@code target} ({@code "base"} or {@code "0"} for all of them). A target
     * that is neither applied nor local, or above the current version, undoes nothing and fails.
     */
    public MigrationResult downgradeTo(String target) {
        return downgrade(above(target));
    }

    /** Selects the newest {@code steps} of the applied rows (newest first). */
    private Selection newest(int steps) {
        if (steps < 1) {
            throw MigrationException.builder(ErrorCode.INVALID_CONFIGURATION, "Cannot downgrade " + steps + " steps.")
                    .action("Give a number of steps of 1 or more, or a target version.")
                    .build();
        }
        return (applied, plan, table) -> {
            if (steps > applied.size()) {
                throw Downgrades.tooManySteps(steps, applied, table, config.optionNames());
            }
            return applied.subList(0, steps);
        };
    }

    /** Selects the applied rows above {@code target} ({@code "base"} or {@code "0"}: all of them). */
    private Selection above(String target) {
        Objects.requireNonNull(target, "target");
        Version version = Targets.isBase(target) ? null : parseTarget(target);
        return (applied, plan, table) -> {
            if (version != null) {
                Downgrades.checkTarget(target, version, plan);
            }
            return applied.stream()
                    .filter((row) -> version == null || row.version().compareTo(version) > 0)
                    .toList();
        };
    }

    /**
     * Chooses, from the applied rows (newest first), the rows a downgrade undoes; throws when the request does not
     * fit the history, so that nothing is undone.
     */
    @FunctionalInterface
    private interface Selection {
        List<HistoryRow> select(List<HistoryRow> applied, Plan plan, String table);
    }

    private MigrationResult downgrade(Selection select) {
        long start = System.nanoTime();
        try (Session session = Session.open(dataSource, config)) {
            List<ResolvedMigration> local = resolve(session).migrations();
            // the plan is fixed when the downgrade is asked for: checked now, then again under the lock
            List<HistoryRow> asked = session.readHistory();
            Plan askedPlan = Plan.of(local, (asked != null) ? asked : List.of());
            Validation.checkFailed(askedPlan, table(session), false, config.optionNames());
            List<HistoryRow> askedApplied = appliedNewestFirst(asked);
            Downgrades.check(askedPlan, select.select(askedApplied, askedPlan, table(session)), session);
            return locked(session, (waited) -> {
                List<HistoryRow> rows = session.readHistory();
                Plan plan = Plan.of(local, (rows != null) ? rows : List.of());
                Validation.checkFailed(plan, session.history().qualifiedName(), config.optionNames());
                List<HistoryRow> applied = appliedNewestFirst(rows);
                Downgrades.checkUnchanged(askedApplied, applied, table(session), waited);
                List<HistoryRow> undo = select.select(applied, plan, table(session));
                List<ResolvedMigration> migrations = Downgrades.check(plan, undo, session);
                String initial = plan.currentVersion();
                listeners.runStarting(MigrationResult.Operation.DOWNGRADE, undo.size());
                List<Integer> ranks = undo.stream().map(HistoryRow::rank).toList();
                List<ExecutedMigration> executed =
                        executor(session).runAll(session.connection(), migrations, ranks, Direction.DOWN, plan);
                String version = Downgrades.versionAfter(applied, undo.size());
                logger.info(
                        "Downgraded schema {} by {} migration(s), now at version {}",
                        quoted(session),
                        executed.size(),
                        (version != null) ? version : "<< empty >>");
                return finish(new MigrationResult(
                        MigrationResult.Operation.DOWNGRADE,
                        session.schema(),
                        initial,
                        version,
                        executed,
                        waited,
                        elapsed(start),
                        List.of()));
            });
        }
    }

    /** Where the schema stands: every migration with its state, the current version and the lock holder. */
    public MigrationStatus info() {
        try (Session session = Session.open(dataSource, config)) {
            List<ResolvedMigration> local = resolve(session).migrations();
            Plan plan = Plan.of(local, session.readHistory());
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
            return new MigrationStatus(
                    session.database(),
                    session.schema(),
                    session.history().table(),
                    plan.currentVersion(),
                    plan.infos(),
                    lock,
                    config.outOfOrder(),
                    invalidIndexes);
        }
    }

    /**
     * Checks without changing anything that every applied migration matches its file and nothing is pending or out
     * of order; throws the first problem as a {@link MigrationException}.
     */
    public MigrationStatus validate() {
        try (Session session = Session.open(dataSource, config)) {
            List<ResolvedMigration> local = resolve(session).migrations();
            List<HistoryRow> rows = session.readHistory();
            Plan plan = Plan.of(local, rows);
            Validation.check(
                    plan, config.toBuilder().validateOnMigrate(true).build(), table(session), session.history());
            List<String> invalid = session.invalidIndexes();
            if (!invalid.isEmpty()) {
                throw Validation.invalidIndexes(session.schema(), invalid);
            }
            List<ResolvedMigration> pending = plan.pending(target(config.target(), plan));
            if (!pending.isEmpty()) {
                throw Validation.pending(pending, table(session), config.optionNames());
            }
            warnMissing(plan, session);
            return new MigrationStatus(
                    session.database(),
                    session.schema(),
                    session.history().table(),
                    plan.currentVersion(),
                    plan.infos(),
                    LockInfo.FREE,
                    config.outOfOrder(),
                    List.of());
        }
    }

    /**
     * Records that the schema is already at the baseline version without running anything (Alembic's {@code stamp});
     * migrations up to that version are then skipped. Only allowed while nothing is applied.
     */
    public MigrationResult baseline() {
        long start = System.nanoTime();
        try (Session session = Session.open(dataSource, config)) {
            return locked(session, (waited) -> {
                List<HistoryRow> rows = session.readHistory();
                if (rows != null && rows.stream().anyMatch((row) -> row.version() != null)) {
                    throw MigrationException.builder(
                                    ErrorCode.BASELINE_NOT_ALLOWED,
                                    "Cannot baseline schema "
                                            + quoted(session) + ": " + table(session) + " already records "
                                            + rows.size() + " migration(s).")
                            .action("Baseline only a schema that has no history yet; to start over, drop the"
                                    + " history table first.")
                            .build();
                }
                if (rows == null) {
                    session.createHistory(config.createSchema());
                }
                String message = insertBaseline(
                        session,
                        (rows == null || rows.isEmpty())
                                ? 1
                                : rows.get(rows.size() - 1).rank() + 1);
                return finish(new MigrationResult(
                        MigrationResult.Operation.BASELINE,
                        session.schema(),
                        null,
                        config.baselineVersion(),
                        List.of(),
                        waited,
                        elapsed(start),
                        List.of(message)));
            });
        }
    }

    /** Removes failed rows from the history and records the current checksum of changed migrations. */
    public MigrationResult repair() {
        long start = System.nanoTime();
        try (Session session = Session.open(dataSource, config)) {
            List<ResolvedMigration> local = resolve(session).migrations();
            return locked(session, (waited) -> {
                List<HistoryRow> rows = session.readHistory();
                List<String> messages = new ArrayList<>();
                Plan plan = (rows != null) ? Plan.of(local, rows) : null;
                if (plan != null) {
                    int removed = session.history().deleteFailed(session.connection());
                    if (removed > 0) {
                        messages.add("Removed " + removed + " failed migration row(s) from " + table(session));
                    }
                    for (ResolvedMigration migration : plan.changed()) {
                        HistoryRow row = plan.row(migration.version());
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
                String version = (plan != null) ? plan.currentVersion() : null;
                return finish(new MigrationResult(
                        MigrationResult.Operation.REPAIR,
                        session.schema(),
                        version,
                        version,
                        List.of(),
                        waited,
                        elapsed(start),
                        messages));
            });
        }
    }

    /** The exact SQL that {@link #migrate()} would run, in order, without running anything. */
    public String dryRun() {
        return dryRun(config.target());
    }

    /** The exact SQL that {@link #migrate(String)} would run, in order, without running anything. */
    public String dryRun(String target) {
        try (Session session = Session.open(dataSource, config)) {
            List<ResolvedMigration> local = resolve(session).migrations();
            List<HistoryRow> rows = session.readHistory();
            Plan plan = Plan.of(local, rows);
            check(plan, session);
            List<ResolvedMigration> pending = plan.pending(target(target, plan));
            if (rows == null && !pending.isEmpty()) {
                adopting(session);
            }
            return new DryRun(session, config, session.placeholders(config)).upgrade(plan, pending, rows == null);
        }
    }

    /** The exact SQL that {@link #downgrade(int)} would run, without running anything. */
    public String dryRunDowngrade(int steps) {
        return dryRunDowngrade(newest(steps));
    }

    /** The exact SQL that {@link #downgradeTo(String)} would run, without running anything. */
    public String dryRunDowngradeTo(String target) {
        return dryRunDowngrade(above(target));
    }

    private String dryRunDowngrade(Selection select) {
        try (Session session = Session.open(dataSource, config)) {
            List<ResolvedMigration> local = resolve(session).migrations();
            List<HistoryRow> rows = session.readHistory();
            Plan plan = Plan.of(local, (rows != null) ? rows : List.of());
            List<HistoryRow> undo = select.select(appliedNewestFirst(rows), plan, table(session));
            List<ResolvedMigration> migrations = Downgrades.check(plan, undo, session);
            return new DryRun(session, config, session.placeholders(config)).downgrade(plan, undo, migrations);
        }
    }

    /** Successfully applied rows, most recently applied first: the order in which downgrades undo them. */
    private static List<HistoryRow> appliedNewestFirst(List<HistoryRow> rows) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream()
                .filter((row) -> row.isMigration() && row.success())
                .sorted(Comparator.comparingInt(HistoryRow::rank).reversed())
                .toList();
    }

    /**
     * For a schema without a history table: whether to baseline it (baseline-on-migrate and tables present). Tables
     * without baseline-on-migrate mean an existing database being adopted: running the migrations against objects they
     * did not create fails on the first CREATE, so this fails first and says how to baseline.
     */
    private boolean adopting(Session session) {
        List<String> objects = session.schemaObjects();
        if (objects.isEmpty()) {
            return false;
        }
        if (config.baselineOnMigrate()) {
            return true;
        }
        throw Validation.schemaNotEmpty(
                session.schema(), objects, table(session), config.baselineVersion(), config.optionNames());
    }

    private void check(Plan plan, Session session) {
        check(plan, session, true);
    }

    private void check(Plan plan, Session session, boolean underLock) {
        Validation.check(plan, config, table(session), session.history(), underLock);
    }

    private void warnMissing(Plan plan, Session session) {
        for (HistoryRow row : plan.missing()) {
            logger.warn(
                    "Applied migration {} (version {}) is no longer found in {}; it stays recorded in {}",
                    row.script(),
                    row.version(),
                    config.locations(),
                    table(session));
        }
    }

    private Version target(String target, Plan plan) {
        if (Targets.isLatest(target)) {
            return null;
        }
        Version version = parseTarget(target);
        if (!plan.isKnown(version)) {
            throw MigrationException.builder(
                            ErrorCode.UNKNOWN_TARGET,
                            "Target version " + target + " is neither a local migration nor applied.")
                    .action("Set " + config.optionNames().option(Option.TARGET)
                            + " to an existing version, or to 'latest'.")
                    .build();
        }
        return version;
    }

    private static Version parseTarget(String target) {
        try {
            return Version.parse(target.trim());
        } catch (IllegalArgumentException ex) {
            throw MigrationException.builder(ErrorCode.UNKNOWN_TARGET, "Target '" + target + "' is not a version.")
                    .action("Use a version such as 3 or 1.2, 'latest' to migrate, or 'base' to downgrade all.")
                    .build();
        }
    }

    private String insertBaseline(Session session, int rank) throws SQLException {
        Version version = Version.parse(config.baselineVersion());
        session.history()
                .insert(
                        session.connection(),
                        new HistoryRow(
                                rank,
                                version,
                                config.baselineDescription(),
                                MigrationType.BASELINE.name(),
                                config.baselineDescription(),
                                null,
                                session.user(),
                                null,
                                0,
                                true));
        String message = "Baselined schema " + quoted(session) + " at version " + version;
        logger.info(message);
        return message;
    }

    private Executor executor(Session session) {
        return executor(session, Callbacks.NONE);
    }

    private Executor executor(Session session, Callbacks callbacks) {
        return new Executor(
                session.dialect(),
                session.history(),
                config,
                session.placeholders(config),
                session.user(),
                listeners,
                callbacks);
    }

    /** The local migrations and callbacks, repeatable checksums computed with this session's placeholders. */
    private MigrationResolver.Local resolve(Session session) {
        return MigrationResolver.resolve(config, session.dialect().vendor(), session.placeholders(config));
    }

    /** The newest version among {@code pending} (repeatable migrations have none), or null. */
    private static Version lastVersion(List<ResolvedMigration> pending) {
        Version last = null;
        for (ResolvedMigration migration : pending) {
            if (migration.version() != null
                    && (last == null || migration.version().compareTo(last) > 0)) {
                last = migration.version();
            }
        }
        return last;
    }

    private MigrationResult locked(Session session, LockedWork work) {
        try {
            Duration waited = session.lock().acquire(session.connection(), config, listeners);
            try {
                return work.run(waited);
            } finally {
                session.lock().release(session.connection());
            }
        } catch (SQLException ex) {
            throw session.historyError("The migration run failed on " + table(session) + ".", ex);
        }
    }

    /** Tells the listeners that a run ended, and returns its result. */
    private MigrationResult finish(MigrationResult result) {
        listeners.runFinished(result);
        return result;
    }

    private static String table(Session session) {
        return session.history().qualifiedName();
    }

    private static String quoted(Session session) {
        return "\"" + session.schema() + "\"";
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @FunctionalInterface
    private interface LockedWork {
        MigrationResult run(Duration waited) throws SQLException;
    }
}
