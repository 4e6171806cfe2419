package dev.migrations.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one run of {@link Migrator}'s template knows at each step: its session, the local migrations, the history rows
 * last read and the plan made from them. Operations read the history again under the lock through {@link #read}.
 */
final class Run {

    private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

    private final Session session;
    private final MigrationsConfig config;
    private final Listeners listeners;
    private final MigrationResolver.Local found;
    private final long start = System.nanoTime();
    /** Null until the first {@link #read}: operations that read under the lock only have it from then on. */
    private @Nullable HistorySnapshot history;

    private @Nullable Plan plan;

    Run(Session session, MigrationsConfig config, Listeners listeners, MigrationResolver.Local found) {
        this.session = session;
        this.config = config;
        this.listeners = listeners;
        this.found = found;
    }

    MigrationsConfig config() {
        return config;
    }

    Listeners listeners() {
        return listeners;
    }

    Session session() {
        return session;
    }

    /** The local migrations and callbacks. */
    MigrationResolver.Local found() {
        return found;
    }

    List<ResolvedMigration> local() {
        return found.migrations();
    }

    /**
     * Reads the history ({@code full}: with descriptions, users and times) and plans the local migrations against it.
     */
    Plan read(boolean full) {
        HistorySnapshot read = session.readHistory(full);
        Plan made = Plan.of(found.migrations(), read);
        history = read;
        plan = made;
        return made;
    }

    /** The history last read (which may have found no history table). */
    HistorySnapshot history() {
        HistorySnapshot read = history;
        if (read == null) {
            throw new IllegalStateException("the history is asked for before it was read");
        }
        return read;
    }

    /** The plan of the rows last read. */
    Plan plan() {
        Plan made = plan;
        if (made == null) {
            throw new IllegalStateException("the plan is asked for before the history was read");
        }
        return made;
    }

    /** Replaces the plan, when a problem calls for the full rows to explain it. */
    void plan(Plan plan) {
        this.plan = plan;
    }

    /** The qualified history table name, for messages. */
    String table() {
        return session.history().qualifiedName();
    }

    /** The schema, quoted, for log lines. */
    String quoted() {
        return "\"" + session.schema() + "\"";
    }

    /** Since the run started. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The result of a run; the applied and pending counts come from {@code after}, the plan of the history as the run
     * left it, so that nobody needs to ask {@link Migrator#info()} again.
     */
    MigrationResult result(
            MigrationResult.Operation operation,
            @Nullable String initial,
            @Nullable String version,
            List<ExecutedMigration> executed,
            Duration waited,
            List<String> messages,
            Plan after) {
        return new MigrationResult(
                operation,
                session.schema(),
                initial,
                version,
                executed,
                waited,
                elapsed(),
                messages,
                after.appliedCount(),
                after.pendingCount(config.outOfOrder()));
    }

    /** Where the schema stands, with {@code lock} as the lock holder and the INVALID indexes found. */
    MigrationStatus status(LockInfo lock, List<String> invalidIndexes) {
        return new MigrationStatus(
                session.database(),
                session.schema(),
                session.history().table(),
                plan().currentVersion(),
                plan().infos(),
                lock,
                config.outOfOrder(),
                invalidIndexes);
    }

    /**
     * The checks of a migrate (or its dry run) on the plan: everything with validate-on-migrate, else failed rows and
     * out-of-order migrations.
     */
    void check(boolean underLock) {
        Validation.check(plan(), config, table(), session.history(), underLock);
    }

    void warnMissing() {
        for (HistoryRow row : plan().missing()) {
            logger.warn(
                    "Applied migration {} (version {}) is no longer found in {}; it stays recorded in {}",
                    row.script(),
                    row.version(),
                    config.locations(),
                    table());
        }
    }

    /**
     * For a schema without a history table: whether to baseline it (baseline-on-migrate and tables present). Tables
     * without baseline-on-migrate mean an existing database being adopted: running the migrations against objects they
     * did not create fails on the first CREATE, so this fails first and says how to baseline.
     */
    boolean adopting() {
        List<String> objects = session.schemaObjects();
        if (objects.isEmpty()) {
            return false;
        }
        if (config.baselineOnMigrate()) {
            return true;
        }
        throw Validation.schemaNotEmpty(
                session.schema(), objects, table(), config.baselineVersion(), config.optionNames());
    }

    /** Records the configured baseline version at {@code rank}; returns the message that says so. */
    String insertBaseline(int rank) throws SQLException {
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
        String message = "Baselined schema " + quoted() + " at version " + version;
        logger.info(message);
        return message;
    }

    Executor executor(Callbacks callbacks) {
        return new Executor(
                session.dialect(),
                session.history(),
                config,
                session.placeholders(config),
                session.user(),
                listeners,
                callbacks);
    }
}
