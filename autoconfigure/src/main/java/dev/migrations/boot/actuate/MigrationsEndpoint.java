package dev.migrations.boot.actuate;

import dev.migrations.core.LockInfo;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationProblem;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.util.Assert;

/**
 * {@link Endpoint @Endpoint} that reports, for each {@link Migrator} bean, where its schema stands: the current
 * version, the migration lock, every migration with its state, and the pending count and problems as core decides them
 * ({@link MigrationStatus#toApply()}, {@link MigrationStatus#problems(boolean)}), so the endpoint, the health indicator
 * and the {@code migrations.pending} gauge agree. Read-only; {@link MigrationsWriteEndpoint} adds the operations that
 * change the database.
 *
 * @since 0.1.0
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Map<String, Migrator> migrators;

    private final boolean pendingIsProblem;

    /** An endpoint over {@code migrators}, keyed by bean name, that does not count pending migrations as a problem. */
    public MigrationsEndpoint(Map<String, Migrator> migrators) {
        this(migrators, false);
    }

    /**
     * An endpoint over {@code migrators}, keyed by bean name; {@code pendingIsProblem} says whether pending migrations
     * are a problem, as for the health indicator (they are when the application migrates or validates at startup).
     */
    public MigrationsEndpoint(Map<String, Migrator> migrators, boolean pendingIsProblem) {
        Assert.notNull(migrators, "'migrators' must not be null");
        this.migrators = Map.copyOf(migrators);
        this.pendingIsProblem = pendingIsProblem;
    }

    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, MigratorDescriptor> descriptors = new LinkedHashMap<>();
        this.migrators.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach((entry) -> descriptors.put(
                        entry.getKey(), new MigratorDescriptor(entry.getValue().info(), this.pendingIsProblem)));
        return new MigrationsDescriptor(descriptors);
    }

    /** The migrators, keyed by bean name. */
    protected Map<String, Migrator> getMigrators() {
        return this.migrators;
    }

    /** Response of {@link #migrations()}: one entry per Migrator bean. */
    public static final class MigrationsDescriptor implements OperationResponseBody {

        private final Map<String, MigratorDescriptor> migrators;

        private MigrationsDescriptor(Map<String, MigratorDescriptor> migrators) {
            this.migrators = Map.copyOf(migrators);
        }

        public Map<String, MigratorDescriptor> getMigrators() {
            return this.migrators;
        }
    }

    /** Where the schema of one Migrator stands. */
    public static final class MigratorDescriptor {

        private final String database;

        private final String schema;

        private final String table;

        private final @Nullable String currentVersion;

        private final LockDescriptor lock;

        private final List<MigrationDescriptor> migrations;

        private final int pending;

        private final List<ProblemDescriptor> problems;

        private MigratorDescriptor(MigrationStatus status, boolean pendingIsProblem) {
            this.database = status.database();
            this.schema = status.schema();
            this.table = status.table();
            this.currentVersion = status.currentVersion();
            this.lock = new LockDescriptor(status.lock());
            this.migrations =
                    status.migrations().stream().map(MigrationDescriptor::new).toList();
            this.pending = status.toApply().size();
            this.problems = status.problems(pendingIsProblem).stream()
                    .map(ProblemDescriptor::new)
                    .toList();
        }

        public String getDatabase() {
            return this.database;
        }

        public String getSchema() {
            return this.schema;
        }

        public String getTable() {
            return this.table;
        }

        public @Nullable String getCurrentVersion() {
            return this.currentVersion;
        }

        public LockDescriptor getLock() {
            return this.lock;
        }

        public List<MigrationDescriptor> getMigrations() {
            return this.migrations;
        }

        /** Migrations the next migrate applies: out-of-order ones only when allowed, as health and the gauge count. */
        public int getPending() {
            return this.pending;
        }

        /** Why the schema is not ready, as the health indicator reports it; empty when it is. */
        public List<ProblemDescriptor> getProblems() {
            return this.problems;
        }
    }

    /** One {@link MigrationProblem}: its kind, error code, reason and the migrations or indexes concerned. */
    public static final class ProblemDescriptor {

        private final String kind;

        private final String code;

        private final String reason;

        private final List<String> subjects;

        private ProblemDescriptor(MigrationProblem problem) {
            this.kind = problem.kind().key();
            this.code = problem.code().id();
            this.reason = problem.reason();
            this.subjects = problem.subjects();
        }

        /** The key the health indicator names the subjects with, such as {@code outOfOrder}. */
        public String getKind() {
            return this.kind;
        }

        /** The error code {@code validate} fails with, such as {@code MIG-010}. */
        public String getCode() {
            return this.code;
        }

        public String getReason() {
            return this.reason;
        }

        public List<String> getSubjects() {
            return this.subjects;
        }
    }

    /** Who holds the migration lock. */
    public static final class LockDescriptor {

        private final boolean held;

        private final @Nullable Integer pid;

        private final @Nullable String applicationName;

        private final @Nullable Instant since;

        private LockDescriptor(LockInfo lock) {
            this.held = lock.held();
            this.pid = (lock.pid() > 0) ? lock.pid() : null;
            this.applicationName = lock.applicationName();
            this.since = lock.since();
        }

        public boolean isHeld() {
            return this.held;
        }

        public @Nullable Integer getPid() {
            return this.pid;
        }

        public @Nullable String getApplicationName() {
            return this.applicationName;
        }

        public @Nullable Instant getSince() {
            return this.since;
        }
    }

    /** One migration, local or applied. */
    public static final class MigrationDescriptor {

        /** Null for a repeatable ({@code R__}) migration. */
        private final @Nullable String version;

        private final boolean repeatable;

        private final String description;

        private final String type;

        private final String script;

        private final @Nullable Integer checksum;

        private final String state;

        private final @Nullable String installedBy;

        private final @Nullable Instant installedOn;

        private final @Nullable Integer executionTimeMillis;

        private MigrationDescriptor(MigrationInfo info) {
            this.version = info.version();
            this.repeatable = info.repeatable();
            this.description = info.description();
            this.type = info.type().name();
            this.script = info.script();
            this.checksum = info.checksum();
            this.state = info.state().name().toLowerCase(Locale.ROOT);
            this.installedBy = info.installedBy();
            this.installedOn = info.installedOn();
            this.executionTimeMillis = info.executionTimeMillis();
        }

        public @Nullable String getVersion() {
            return this.version;
        }

        public boolean isRepeatable() {
            return this.repeatable;
        }

        public String getDescription() {
            return this.description;
        }

        public String getType() {
            return this.type;
        }

        public String getScript() {
            return this.script;
        }

        public @Nullable Integer getChecksum() {
            return this.checksum;
        }

        public String getState() {
            return this.state;
        }

        public @Nullable String getInstalledBy() {
            return this.installedBy;
        }

        public @Nullable Instant getInstalledOn() {
            return this.installedOn;
        }

        public @Nullable Integer getExecutionTimeMillis() {
            return this.executionTimeMillis;
        }
    }
}
