package dev.migrations.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Migrator#migrate(String)}: nothing pending ends the run after one history read, without the lock; else the
 * history is read again under the lock (another instance may have migrated meanwhile) and the pending migrations run.
 */
final class Upgrade implements Operation<MigrationResult> {

    private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

    private final @Nullable String targetVersion;

    /** The version to migrate to, null for all; decided from the first history read. */
    private @Nullable Version target;

    Upgrade(@Nullable String targetVersion) {
        this.targetVersion = targetVersion;
    }

    @Override
    public @Nullable MigrationResult unlocked(Run run) {
        MigrationsConfig config = run.config();
        target = Targets.upgrade(targetVersion, run.plan(), config.optionNames());
        if (!run.history().exists() && config.baselineOnMigrate()) {
            return null;
        }
        if (run.plan().hasProblems()) {
            run.read(true); // the error shows who applied what, and when
        }
        // a no-transaction migration recorded as running: wait for the lock, then know whether it ended
        run.check(false);
        Plan plan = run.plan();
        // callbacks run at every migrate, also with nothing pending (beforeMigrate, afterMigrate), as in Flyway
        if (plan.pending(target).isEmpty() && !plan.running() && !run.found().hasCallbacks(config)) {
            run.warnMissing();
            logger.info(
                    "Schema {} is up to date at version {}: no migration necessary",
                    run.quoted(),
                    (plan.current() != null) ? plan.current() : "<< empty >>");
            String version = plan.currentVersion();
            return run.result(
                    MigrationResult.Operation.MIGRATE, version, version, List.of(), Duration.ZERO, List.of(), plan);
        }
        return null;
    }

    @Override
    public MigrationResult locked(Run run, Duration waited) throws SQLException {
        MigrationsConfig config = run.config();
        Session session = run.session();
        Callbacks callbacks = run.found().hasCallbacks(config)
                ? new Callbacks(run.found().callbacks(), config.callbacks(), config, session.placeholders(config))
                : Callbacks.NONE;
        try {
            return applyPending(run, waited, callbacks);
        } catch (RuntimeException ex) {
            callbacks.quietly(session.connection(), MigrationEvent.AFTER_MIGRATE_ERROR, null);
            throw ex;
        }
    }

    private MigrationResult applyPending(Run run, Duration waited, Callbacks callbacks) throws SQLException {
        Session session = run.session();
        run.read(true); // again: another instance may have migrated meanwhile
        List<String> messages = new ArrayList<>();
        if (!run.history().exists()) {
            boolean baseline = run.adopting();
            session.createHistory(run.config().createSchema());
            if (baseline) {
                messages.add(run.insertBaseline(1));
            }
            run.read(true);
        }
        Plan plan = run.plan();
        run.check(true);
        run.warnMissing();
        List<ResolvedMigration> pending = plan.pending(target);
        String initial = plan.currentVersion();
        checkPending(run, pending);
        callbacks.prepare();
        callbacks.run(session.connection(), MigrationEvent.BEFORE_MIGRATE);
        run.listeners().runStarting(MigrationResult.Operation.MIGRATE, pending.size());
        Version last = lastVersion(pending);
        if (!pending.isEmpty()) {
            logger.info(
                    "Migrating schema {} from version {} to {}: {} pending",
                    run.quoted(),
                    (initial != null) ? initial : "<< empty >>",
                    (last != null) ? last : ((initial != null) ? initial : "<< empty >>"),
                    pending.size());
        }
        List<Integer> ranks = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            ranks.add(plan.nextRank() + i);
        }
        List<ExecutedMigration> executed =
                run.executor(callbacks).runAll(session.connection(), pending, ranks, Direction.UP, plan);
        if (pending.stream().noneMatch(ResolvedMigration::repeatable)) {
            callbacks.run(session.connection(), MigrationEvent.AFTER_VERSIONED); // else it ran before the first one
        }
        String version = (last == null) ? initial : last.toString();
        if (plan.current() != null && version != null && Version.parse(version).compareTo(plan.current()) < 0) {
            version = initial; // an out-of-order migration does not move the current version back
        }
        if (!executed.isEmpty()) {
            callbacks.run(session.connection(), MigrationEvent.AFTER_MIGRATE_APPLIED);
        }
        callbacks.run(session.connection(), MigrationEvent.AFTER_MIGRATE);
        // the counts of the history as this run leaves it: one read, instead of an info() by whoever wants them
        Plan after = (executed.isEmpty() && messages.isEmpty()) ? plan : run.read(false);
        MigrationResult result =
                run.result(MigrationResult.Operation.MIGRATE, initial, version, executed, waited, messages, after);
        if (executed.isEmpty()) {
            logger.info("Schema {} is up to date at version {}: no migration necessary", run.quoted(), version);
        } else {
            logger.info(
                    "Successfully applied {} migration(s) to schema {}, now at version {} ({} ms)",
                    executed.size(),
                    run.quoted(),
                    version,
                    result.total().toMillis());
        }
        return result;
    }

    /** Runs the configured {@link PendingCheck}s; only a run with something pending reads the scripts for them. */
    private static void checkPending(Run run, List<ResolvedMigration> pending) {
        MigrationsConfig config = run.config();
        if (config.pendingChecks().isEmpty() || pending.isEmpty()) {
            return;
        }
        Map<String, String> placeholders = run.session().placeholders(config);
        List<MigrationScript> scripts = new ArrayList<>();
        for (ResolvedMigration migration : run.local()) {
            if (migration instanceof ResolvedMigration.VersionedSql sql) {
                scripts.add(sql.script(config, placeholders));
            }
        }
        Set<String> versions = new LinkedHashSet<>();
        pending.stream()
                .filter((migration) -> !migration.repeatable())
                .forEach((migration) -> versions.add(migration.requireVersion().toString()));
        for (PendingCheck check : config.pendingChecks()) {
            check.check(
                    List.copyOf(scripts), Set.copyOf(versions), run.session().database());
        }
    }

    /** The newest version among {@code pending} (repeatable migrations have none), or null. */
    private static @Nullable Version lastVersion(List<ResolvedMigration> pending) {
        @Nullable Version last = null;
        for (ResolvedMigration migration : pending) {
            Version version = migration.version();
            if (version != null && (last == null || version.compareTo(last) > 0)) {
                last = version;
            }
        }
        return last;
    }
}
