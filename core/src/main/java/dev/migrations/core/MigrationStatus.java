package dev.migrations.core;

import java.util.List;

/**
 * Result of {@link Migrator#info()}: where the schema stands.
 *
 * @param database the database product and version
 * @param schema the schema holding the history table
 * @param table the history table
 * @param currentVersion the newest applied version, or {@code null} when nothing is applied
 * @param migrations every migration, local or applied, in version order
 * @param lock who holds the migration lock right now
 * @since 0.1.0
 */
public record MigrationStatus(
        String database,
        String schema,
        String table,
        String currentVersion,
        List<MigrationInfo> migrations,
        LockInfo lock) {

    public MigrationStatus {
        migrations = List.copyOf(migrations);
    }

    /** Migrations in the given states. */
    public List<MigrationInfo> inState(MigrationState... states) {
        List<MigrationState> wanted = List.of(states);
        return migrations.stream().filter((m) -> wanted.contains(m.state())).toList();
    }

    /** Migrations waiting to be applied (pending and, when allowed, out of order). */
    public List<MigrationInfo> pending() {
        return inState(MigrationState.PENDING, MigrationState.OUT_OF_ORDER);
    }

    /** Migrations that make {@link Migrator#validate()} fail: failed, changed, or out of order. */
    public List<MigrationInfo> problems() {
        return inState(MigrationState.FAILED, MigrationState.CHECKSUM_MISMATCH, MigrationState.OUT_OF_ORDER);
    }
}
