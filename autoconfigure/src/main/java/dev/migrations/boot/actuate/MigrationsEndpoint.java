package dev.migrations.boot.actuate;

import dev.migrations.core.LockInfo;
import dev.migrations.core.MigrationInfo;
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
 * version, the migration lock and every migration with its state. Read-only; {@link MigrationsWriteEndpoint} adds
 * the operations that change the database.
 *
 * @since 0.1.0
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Map<String, Migrator> migrators;

    /** An endpoint over {@code migrators}, keyed by bean name. */
    public MigrationsEndpoint(Map<String, Migrator> migrators) {
        Assert.notNull(migrators, "'migrators' must not be null");
        this.migrators = Map.copyOf(migrators);
    }

    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, MigratorDescriptor> descriptors = new LinkedHashMap<>();
        this.migrators.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach((entry) -> descriptors.put(
                        entry.getKey(), new MigratorDescriptor(entry.getValue().info())));
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

        private MigratorDescriptor(MigrationStatus status) {
            this.database = status.database();
            this.schema = status.schema();
            this.table = status.table();
            this.currentVersion = status.currentVersion();
            this.lock = new LockDescriptor(status.lock());
            this.migrations =
                    status.migrations().stream().map(MigrationDescriptor::new).toList();
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
