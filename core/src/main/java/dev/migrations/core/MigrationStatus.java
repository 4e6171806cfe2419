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

    /**
     * Migrations waiting to be applied (pending, when allowed out of order, and repeatable migrations changed since
     * they were applied).
     */
    public List<MigrationInfo> pending() {
        return inState(MigrationState.PENDING, MigrationState.OUT_OF_ORDER, MigrationState.OUTDATED);
    }

    /**
     * A table for humans, one line per migration, like {@code alembic history} or {@code flyway info}: version,
     * state, description, when and by whom it was applied.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Schema \"")
                .append(schema)
                .append("\" (")
                .append(database)
                .append("), history table ")
                .append(table)
                .append(": current version ")
                .append((currentVersion != null) ? currentVersion : "<< empty >>")
                .append(", ")
                .append(pending().size())
                .append(" pending\n");
        int width =
                migrations.stream().mapToInt((m) -> version(m).length()).max().orElse(7);
        width = Math.max(width, 7);
        text.append(String.format(
                "%-" + width + "s  %-17s  %-25s  %s%n", "Version", "State", "Installed on", "Description"));
        for (MigrationInfo m : migrations) {
            String installed = (m.installedOn() != null)
                    ? m.installedOn().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")
                    : "";
            text.append(String.format(
                    "%-" + width + "s  %-17s  %-25s  %s%n",
                    version(m),
                    m.state().name().toLowerCase(java.util.Locale.ROOT),
                    installed,
                    m.description()));
        }
        if (lock != null && lock.held()) {
            text.append("Migration lock held by ").append(lock.describe()).append('\n');
        }
        return text.toString();
    }

    /** The version column: the version, or {@code R} (Flyway's mark) for a repeatable migration. */
    private static String version(MigrationInfo m) {
        return (m.version() != null) ? m.version() : "R";
    }

    /** Migrations that make {@link Migrator#validate()} fail: failed, changed, or out of order. */
    public List<MigrationInfo> problems() {
        return inState(MigrationState.FAILED, MigrationState.CHECKSUM_MISMATCH, MigrationState.OUT_OF_ORDER);
    }
}
